import { Alert, Button, Group, MultiSelect, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useSession } from '../../auth/AuthContext';
import { graphql } from '../../gql';
import type {
  ApplicationRegleFinancement,
  AssietteRegleFinancement,
  EtapeRegleFinancement,
  FinanceurCategorie,
  NatureFinancement,
  RegleFinancementInput,
  TypeRegleFinancement,
} from '../../gql/graphql';
import { useQuery } from '../../graphql/use-query';
import { useAsOf } from '../../shared/as-of';
import { BoutonsExport } from '../../shared/BoutonsExport';
import { ChampRaison, RefusServeur, useEnvoi } from '../../shared/Envoi';
import { Chargement, Erreur } from '../../shared/Etats';
import { formatMontant, montantVersSaisie, saisieVersMontant } from '../../shared/format';
import { identifiantDe } from '../../shared/identifiant';
import { CATEGORIES_FINANCEUR, NATURES } from '../../shared/libelles';
import { APPLICATIONS_REGLE, ASSIETTES_REGLE, ETAPES_REGLE, TYPES_REGLE } from '../../shared/libelles-referentiel';
import { Tableau } from '../../shared/Tableau';

const ReglesQuery = graphql(`
  query ReferentielRegles($asOf: DateTime) {
    reglesFinancement(asOf: $asOf) {
      version
      regles {
        id
        libelle
        type
        application
        cible {
          financeurIds
          categories
          natures
          dispositifs
        }
        etapes
        porteurKinds
        montantMax
        montantMin
        tauxMaxPourcentage
        assiette
        plafond
        reference {
          financeurIds
          categories
          natures
          dispositifs
        }
      }
    }
    partenaires(filter: { role: financeur }, first: 200, asOf: $asOf) {
      edges {
        node {
          id
          nom
        }
      }
    }
  }
`);

const Definir = graphql(`
  mutation DefinirReglesFinancement($input: DefinirReglesFinancementInput!) {
    definirReglesFinancement(input: $input) {
      revision
    }
  }
`);

type Regle = RegleFinancementInput;

/** What a rule says, in words: « Plafond 10 000 € — Région, au vote (bloquante) ». */
function description(regle: Regle, financeurs: Map<string, string>): string {
  const cible = [
    ...(regle.cible.financeurIds ?? []).map((id) => financeurs.get(id) ?? id),
    ...(regle.cible.categories ?? []).map((categorie) => CATEGORIES_FINANCEUR[categorie] ?? categorie),
    ...(regle.cible.natures ?? []).map((nature) => NATURES[nature] ?? nature),
    ...(regle.cible.dispositifs ?? []),
  ].join(', ');
  const valeur =
    regle.type === 'plafond'
      ? `au plus ${formatMontant(regle.montantMax)}`
      : regle.type === 'minimum'
        ? `au moins ${formatMontant(regle.montantMin)}`
        : regle.type === 'taux_max'
          ? `au plus ${regle.tauxMaxPourcentage} % ${ASSIETTES_REGLE[regle.assiette ?? 'cout_total']}${regle.plafond ? `, plafonné à ${formatMontant(regle.plafond)}` : ''}`
          : 'égal au montant de la ligne de référence';
  const etapes = regle.etapes?.length ? ` (à la ${regle.etapes.map((etape) => ETAPES_REGLE[etape]).join(', ')})` : '';
  return `${cible || 'Toutes les lignes'} : ${valeur}${etapes}`;
}

/** The output of the query is the input of the mutation, without nulls the server does not need. */
function versSaisie(regle: Regle): RegleFinancementInput {
  return Object.fromEntries(Object.entries(regle).filter(([, valeur]) => valeur !== null && valeur !== undefined)) as RegleFinancementInput;
}

/**
 * The workspace's financing rules (a ceiling per financeur, a minimum, a maximum rate of the cost): the deciders apply
 * them to every amount asked, proposed or voted. The set is defined whole; each change is a new version.
 */
export function Regles() {
  const session = useSession();
  const { asOf } = useAsOf();
  const admin = session.role === 'admin' && !asOf;
  const { data, error, loading, refetch } = useQuery(ReglesQuery, {});
  const retrait = useEnvoi(Definir, ['regles']);
  const [enEdition, setEnEdition] = useState<string | null>(null);
  if (error) return <Erreur error={error} />;
  if (loading && !data) return <Chargement />;
  if (!data) return null;
  const financeurs = new Map(data.partenaires.edges.map((edge) => [edge.node.id, edge.node.nom]));
  const regles = data.reglesFinancement.regles as Regle[];
  const version = data.reglesFinancement.version;

  return (
    <Stack gap="md">
      <Text size="sm">
        Version {version} des règles. Elles s’appliquent à chaque montant demandé, proposé ou voté : une règle bloquante refuse le montant, un avertissement
        l’accepte en le signalant.
      </Text>
      <BoutonsExport export="regles-financement" libelle="les règles de financement" parametres={{}} />
      <Tableau
        legende={`Règles de financement (${regles.length})`}
        lignes={regles}
        cle={(regle) => regle.id}
        vide="Aucune règle : les montants ne sont limités que par le coût du dossier."
        colonnes={[
          { titre: 'Règle', valeur: (regle) => regle.libelle },
          { titre: 'Type', valeur: (regle) => TYPES_REGLE[regle.type] },
          { titre: 'Ce qu’elle dit', valeur: (regle) => description(regle, financeurs) },
          { titre: 'Application', valeur: (regle) => APPLICATIONS_REGLE[regle.application] },
          ...(admin
            ? [
                {
                  titre: 'Actions',
                  valeur: (regle: Regle) => (
                    <Group gap={4} wrap="nowrap">
                      <Button size="xs" variant="default" aria-label={`Modifier la règle ${regle.libelle}`} onClick={() => setEnEdition(regle.id)}>
                        Modifier
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={`Retirer la règle ${regle.libelle}`}
                        onClick={async () => {
                          if (!globalThis.confirm(`Retirer la règle « ${regle.libelle} » ? Les montants déjà enregistrés ne changent pas.`)) return;
                          if (await retrait.envoyer({ regles: regles.filter((autre) => autre.id !== regle.id).map(versSaisie), expectedRevision: version - 1 }))
                            await refetch();
                        }}
                      >
                        Retirer
                      </Button>
                    </Group>
                  ),
                },
              ]
            : []),
        ]}
      />
      <ChampRaison envoi={retrait} />
      <RefusServeur refus={retrait.refus} />
      {admin && enEdition && regles.some((regle) => regle.id === enEdition) && (
        <FormulaireRegle
          key={`${enEdition}-${version}`}
          regles={regles}
          version={version}
          financeurs={[...financeurs]}
          modifiee={regles.find((regle) => regle.id === enEdition)}
          onAnnuler={() => setEnEdition(null)}
          onFait={async () => {
            setEnEdition(null);
            await refetch();
          }}
        />
      )}
      {admin && <FormulaireRegle regles={regles} version={version} financeurs={[...financeurs]} onFait={refetch} />}
    </Stack>
  );
}

/** Adds a rule, or — given `modifiee` — changes one in place (same id, same position): the set is defined whole again. */
function FormulaireRegle({
  regles,
  version,
  financeurs,
  modifiee,
  onFait,
  onAnnuler,
}: {
  regles: Regle[];
  version: number;
  financeurs: Array<[string, string]>;
  modifiee?: Regle;
  onFait(): Promise<unknown>;
  onAnnuler?(): void;
}) {
  const envoi = useEnvoi(Definir, ['regles']);
  const vide = {
    libelle: '',
    type: 'plafond' as TypeRegleFinancement,
    application: 'bloquant' as ApplicationRegleFinancement,
    financeurId: '',
    categorie: '' as FinanceurCategorie | '',
    nature: '' as NatureFinancement | '',
    etapes: [] as EtapeRegleFinancement[],
    montant: '',
    taux: '',
    assiette: 'cout_total' as AssietteRegleFinancement,
  };
  const [saisie, setSaisie] = useState(modifiee ? saisieDe(modifiee) : vide);
  // a selector naming several financeurs, categories or natures (an import's) is kept as it is: the form names one
  const multiples = {
    financeurIds: (modifiee?.cible.financeurIds?.length ?? 0) > 1,
    categories: (modifiee?.cible.categories?.length ?? 0) > 1,
    natures: (modifiee?.cible.natures?.length ?? 0) > 1,
  };
  const [erreur, setErreur] = useState<string | null>(null);
  const [fait, setFait] = useState<string | null>(null);

  const envoyer = async () => {
    setErreur(null);
    setFait(null);
    const montant = saisieVersMontant(saisie.montant);
    if ((saisie.type === 'plafond' || saisie.type === 'minimum') && !montant) return setErreur('Un montant en euros (ex. 10 000).');
    const taux = Number(saisie.taux.replace(',', '.'));
    if (saisie.type === 'taux_max' && !(taux > 0 && taux <= 100)) return setErreur('Un taux en %, entre 0 et 100 (ex. 80).');
    const garde = (cle: keyof typeof multiples) => (multiples[cle] && modifiee?.cible[cle] ? { [cle]: modifiee.cible[cle] } : {});
    // what the form does not show (porteur kinds, dispositifs, a reference line) stays as the rule had it
    const {
      montantMax: _max,
      montantMin: _min,
      tauxMaxPourcentage: _taux,
      assiette: _assiette,
      plafond: _plafond,
      etapes: _etapes,
      ...conserve
    } = modifiee ? versSaisie(modifiee) : ({} as Partial<RegleFinancementInput>);
    const regle: RegleFinancementInput = {
      ...conserve,
      id: modifiee?.id ?? (identifiantDe(saisie.libelle) || `regle-${regles.length + 1}`),
      libelle: saisie.libelle.trim(),
      type: saisie.type,
      application: saisie.application,
      cible: {
        ...(modifiee?.cible.dispositifs ? { dispositifs: modifiee.cible.dispositifs } : {}),
        ...(saisie.financeurId ? { financeurIds: [saisie.financeurId] } : {}),
        ...(saisie.categorie ? { categories: [saisie.categorie] } : {}),
        ...(saisie.nature ? { natures: [saisie.nature] } : {}),
        ...garde('financeurIds'),
        ...garde('categories'),
        ...garde('natures'),
      },
      ...(saisie.etapes.length ? { etapes: saisie.etapes } : {}),
      ...(saisie.type === 'plafond' && montant ? { montantMax: montant } : {}),
      ...(saisie.type === 'minimum' && montant ? { montantMin: montant } : {}),
      ...(saisie.type === 'taux_max' ? { tauxMaxPourcentage: taux, assiette: saisie.assiette, ...(montant ? { plafond: montant } : {}) } : {}),
    };
    const ensemble = modifiee ? regles.map((autre) => (autre.id === modifiee.id ? regle : versSaisie(autre))) : [...regles.map(versSaisie), regle];
    if (await envoi.envoyer({ regles: ensemble, expectedRevision: version - 1 })) {
      setFait(`Règle « ${regle.libelle} » ${modifiee ? 'modifiée' : 'ajoutée'} (version ${version + 1} des règles).`);
      if (!modifiee) setSaisie(vide);
      await onFait();
    }
  };

  return (
    <Paper
      withBorder
      p="md"
      component="form"
      aria-label={modifiee ? `Modifier la règle ${modifiee.libelle}` : 'Ajouter une règle de financement'}
      onSubmit={(event) => (event.preventDefault(), void envoyer())}
    >
      <Stack gap="sm">
        <Title order={2} size="h4">
          {modifiee ? `Modifier la règle « ${modifiee.libelle} »` : 'Ajouter une règle'}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label="Libellé" required value={saisie.libelle} onChange={(event) => setSaisie({ ...saisie, libelle: event.currentTarget.value })} />
          <NativeSelect
            label="Type"
            data={Object.entries(TYPES_REGLE)
              .filter(([value]) => value !== 'egal_a')
              .map(([value, label]) => ({ value, label }))}
            value={saisie.type}
            onChange={(event) => setSaisie({ ...saisie, type: event.currentTarget.value as TypeRegleFinancement })}
          />
          <NativeSelect
            label="Application"
            data={Object.entries(APPLICATIONS_REGLE).map(([value, label]) => ({ value, label }))}
            value={saisie.application}
            onChange={(event) => setSaisie({ ...saisie, application: event.currentTarget.value as ApplicationRegleFinancement })}
          />
          <NativeSelect
            label="Financeur visé"
            disabled={multiples.financeurIds}
            description={multiples.financeurIds ? 'Plusieurs financeurs : gardés tels quels' : undefined}
            data={[{ value: '', label: 'Tous' }, ...financeurs.map(([value, label]) => ({ value, label }))]}
            value={saisie.financeurId}
            onChange={(event) => setSaisie({ ...saisie, financeurId: event.currentTarget.value })}
          />
          <NativeSelect
            label="Catégorie de financeur visée"
            disabled={multiples.categories}
            description={multiples.categories ? 'Plusieurs catégories : gardées telles quelles' : undefined}
            data={[{ value: '', label: 'Toutes' }, ...Object.entries(CATEGORIES_FINANCEUR).map(([value, label]) => ({ value, label }))]}
            value={saisie.categorie}
            onChange={(event) => setSaisie({ ...saisie, categorie: event.currentTarget.value as FinanceurCategorie | '' })}
          />
          <NativeSelect
            label="Nature des crédits visée"
            disabled={multiples.natures}
            description={multiples.natures ? 'Plusieurs natures : gardées telles quelles' : undefined}
            data={[{ value: '', label: 'Toutes' }, ...Object.entries(NATURES).map(([value, label]) => ({ value, label }))]}
            value={saisie.nature}
            onChange={(event) => setSaisie({ ...saisie, nature: event.currentTarget.value as NatureFinancement | '' })}
          />
          <MultiSelect
            label="Étapes contrôlées"
            placeholder="Toutes"
            data={Object.entries(ETAPES_REGLE).map(([value, label]) => ({ value, label }))}
            value={saisie.etapes}
            onChange={(valeur) => setSaisie({ ...saisie, etapes: valeur as EtapeRegleFinancement[] })}
          />
          {saisie.type === 'taux_max' && (
            <>
              <TextInput
                label="Taux maximal (%)"
                required
                inputMode="decimal"
                value={saisie.taux}
                onChange={(event) => setSaisie({ ...saisie, taux: event.currentTarget.value })}
              />
              <NativeSelect
                label="Assiette"
                data={Object.entries(ASSIETTES_REGLE).map(([value, label]) => ({ value, label }))}
                value={saisie.assiette}
                onChange={(event) => setSaisie({ ...saisie, assiette: event.currentTarget.value as AssietteRegleFinancement })}
              />
            </>
          )}
          <TextInput
            label={saisie.type === 'plafond' ? 'Montant maximal (€)' : saisie.type === 'minimum' ? 'Montant minimal (€)' : 'Plafond en euros (facultatif)'}
            required={saisie.type !== 'taux_max'}
            inputMode="decimal"
            value={saisie.montant}
            onChange={(event) => setSaisie({ ...saisie, montant: event.currentTarget.value })}
          />
        </SimpleGrid>
        {(erreur || envoi.erreurs['regles']) && (
          <Text c="red.8" size="sm" role="alert">
            {erreur ?? envoi.erreurs['regles']}
          </Text>
        )}
        <ChampRaison envoi={envoi} />
        <RefusServeur refus={envoi.refus} />
        {fait && (
          <Alert color="green" role="status">
            {fait}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={envoi.envoi}>
            {modifiee ? 'Enregistrer la modification' : 'Ajouter la règle'}
          </Button>
          {onAnnuler && (
            <Button variant="default" onClick={onAnnuler}>
              Annuler
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

/** The form's fields from a rule as the server has it. */
function saisieDe(regle: Regle) {
  const montant = regle.type === 'plafond' ? regle.montantMax : regle.type === 'minimum' ? regle.montantMin : regle.type === 'taux_max' ? regle.plafond : null;
  return {
    libelle: regle.libelle,
    type: regle.type,
    application: regle.application,
    financeurId: regle.cible.financeurIds?.[0] ?? '',
    categorie: (regle.cible.categories?.[0] ?? '') as FinanceurCategorie | '',
    nature: (regle.cible.natures?.[0] ?? '') as NatureFinancement | '',
    etapes: (regle.etapes ?? []) as EtapeRegleFinancement[],
    montant: montant ? montantVersSaisie(montant) : '',
    taux: regle.tauxMaxPourcentage !== null && regle.tauxMaxPourcentage !== undefined ? String(regle.tauxMaxPourcentage).replace('.', ',') : '',
    assiette: (regle.assiette ?? 'cout_total') as AssietteRegleFinancement,
  };
}
