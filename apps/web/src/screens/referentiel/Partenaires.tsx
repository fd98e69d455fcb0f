import { Alert, Button, Checkbox, Group, Modal, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useSession } from '../../auth/AuthContext';
import { graphql } from '../../gql';
import type { PartenaireCategorieFinanceur, PartenaireNature, PartenaireRole } from '../../gql/graphql';
import { useQuery } from '../../graphql/use-query';
import { useAsOf } from '../../shared/as-of';
import { RefusServeur, useEnvoi } from '../../shared/Envoi';
import { Chargement, Erreur } from '../../shared/Etats';
import { formatEntier } from '../../shared/format';
import { identifiantDe } from '../../shared/identifiant';
import { CATEGORIES_FINANCEUR } from '../../shared/libelles';
import { NATURES_PARTENAIRE, ROLES_PARTENAIRE } from '../../shared/libelles-referentiel';
import { useParametres } from '../../shared/parametres';
import { BoutonsExport } from '../../shared/BoutonsExport';
import { Tableau } from '../../shared/Tableau';
import { droitsReferentiel } from './Referentiel';

const PartenairesQuery = graphql(`
  query ReferentielPartenaires($search: String, $filter: PartenairesFilter, $asOf: DateTime) {
    partenaires(search: $search, filter: $filter, first: 200, asOf: $asOf) {
      totalCount
      edges {
        node {
          id
          nom
          nature
          roles
          categorieFinanceur
          alias
          identifiants {
            siret
            siren
            rna
          }
        }
      }
    }
  }
`);

const Enregistrer = graphql(`
  mutation EnregistrerPartenaire($input: EnregistrerPartenaireInput!) {
    enregistrerPartenaire(input: $input) {
      id
    }
  }
`);

const AjouterAlias = graphql(`
  mutation AjouterAliasPartenaire($input: AjouterAliasPartenaireInput!) {
    ajouterAliasPartenaire(input: $input) {
      revision
    }
  }
`);

type Partenaire = { id: string; nom: string };

/** The organisations of the territory (SIRET/RNA, kinds, roles, aliases); admins register any, agents porteurs only. */
export function Partenaires() {
  const session = useSession();
  const { asOf } = useAsOf();
  const { admin, agent } = droitsReferentiel(session.role, asOf);
  const [p, changer] = useParametres<'recherche' | 'role'>();
  const [recherche, setRecherche] = useState(p.recherche ?? '');
  useEffect(() => setRecherche(p.recherche ?? ''), [p.recherche]);
  const { data, error, loading, refetch } = useQuery(PartenairesQuery, {
    search: p.recherche ?? null,
    filter: p.role ? { role: p.role as PartenaireRole } : null,
  });
  const [alias, setAlias] = useState<Partenaire | null>(null);
  const partenaires = data?.partenaires.edges.map((edge) => edge.node) ?? [];

  return (
    <Stack gap="md">
      <Group
        align="end"
        component="form"
        role="search"
        aria-label="Rechercher un partenaire"
        onSubmit={(event) => {
          event.preventDefault();
          changer({ recherche });
        }}
      >
        <TextInput label="Nom, autre nom, SIRET ou RNA" value={recherche} onChange={(event) => setRecherche(event.currentTarget.value)} w={320} />
        <NativeSelect
          label="Rôle"
          data={[{ value: '', label: 'Tous' }, ...Object.entries(ROLES_PARTENAIRE).map(([value, label]) => ({ value, label }))]}
          value={p.role ?? ''}
          onChange={(event) => changer({ role: event.currentTarget.value })}
        />
        <Button type="submit" variant="default">
          Rechercher
        </Button>
      </Group>
      {error && <Erreur error={error} />}
      {loading && !data && <Chargement />}
      {data && <BoutonsExport export="partenaires" libelle="les partenaires" parametres={{ search: p.recherche, role: p.role }} />}
      {data && (
        <Tableau
          legende={`Partenaires (${formatEntier(data.partenaires.totalCount)})`}
          lignes={partenaires}
          cle={(partenaire) => partenaire.id}
          colonnes={[
            { titre: 'Nom', valeur: (partenaire) => partenaire.nom },
            { titre: 'Nature', valeur: (partenaire) => NATURES_PARTENAIRE[partenaire.nature] },
            {
              titre: 'Rôles',
              valeur: (partenaire) =>
                partenaire.roles
                  .map((role) =>
                    role === 'financeur' && partenaire.categorieFinanceur
                      ? `Financeur (${CATEGORIES_FINANCEUR[partenaire.categorieFinanceur]})`
                      : ROLES_PARTENAIRE[role],
                  )
                  .join(', ') || '—',
            },
            {
              titre: 'SIRET / RNA',
              valeur: (partenaire) => [partenaire.identifiants.siret, partenaire.identifiants.rna].filter(Boolean).join(' / ') || '—',
            },
            { titre: 'Autres noms', valeur: (partenaire) => partenaire.alias.join(', ') || '—' },
            ...(admin
              ? [
                  {
                    titre: 'Actions',
                    valeur: (partenaire: Partenaire) => (
                      <Button size="xs" variant="default" onClick={() => setAlias(partenaire)} aria-label={`Autre nom de ${partenaire.nom}`}>
                        Autre nom…
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {agent && <EnregistrementPartenaire porteurSeulement={!admin} onFait={refetch} />}
      <Modal opened={alias !== null} onClose={() => setAlias(null)} title={alias ? `Autre nom de ${alias.nom}` : ''} centered>
        {alias && (
          <AjoutAlias
            partenaire={alias}
            onFait={async () => {
              setAlias(null);
              await refetch();
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}

function AjoutAlias({ partenaire, onFait }: { partenaire: Partenaire; onFait(): Promise<void> }) {
  const envoi = useEnvoi(AjouterAlias, ['alias']);
  const [valeur, setValeur] = useState('');
  return (
    <Stack
      gap="sm"
      component="form"
      aria-label={`Autre nom de ${partenaire.nom}`}
      onSubmit={async (event) => {
        event.preventDefault();
        if (await envoi.envoyer({ partenaireId: partenaire.id, alias: valeur.trim() })) await onFait();
      }}
    >
      <TextInput
        label="Autre nom (tel qu’il est écrit dans les documents)"
        description="Les imports et la recherche le reconnaîtront."
        required
        value={valeur}
        error={envoi.erreurs['alias']}
        onChange={(event) => setValeur(event.currentTarget.value)}
        data-autofocus
      />
      <RefusServeur refus={envoi.refus} />
      <Group>
        <Button type="submit" loading={envoi.envoi}>
          Ajouter
        </Button>
      </Group>
    </Stack>
  );
}

function EnregistrementPartenaire({ porteurSeulement, onFait }: { porteurSeulement: boolean; onFait(): Promise<unknown> }) {
  const envoi = useEnvoi(Enregistrer, ['nom', 'nature', 'roles', 'categorieFinanceur', 'siret', 'siren', 'rna', 'alias', 'partenaireId']);
  const vide = {
    nom: '',
    nature: 'association' as PartenaireNature,
    roles: ['porteur'] as PartenaireRole[],
    categorieFinanceur: '' as PartenaireCategorieFinanceur | '',
    siret: '',
    rna: '',
    alias: '',
  };
  const [saisie, setSaisie] = useState(vide);
  const [fait, setFait] = useState<string | null>(null);
  const financeur = saisie.roles.includes('financeur');
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      aria-label="Enregistrer un partenaire"
      onSubmit={async (event) => {
        event.preventDefault();
        setFait(null);
        const resultat = await envoi.envoyer({
          partenaireId: identifiantDe(saisie.nom) || null,
          nom: saisie.nom.trim(),
          nature: saisie.nature,
          roles: porteurSeulement ? ['porteur'] : saisie.roles,
          categorieFinanceur: financeur && saisie.categorieFinanceur ? saisie.categorieFinanceur : null,
          siret: saisie.siret.replace(/\s/g, '') || null,
          rna: saisie.rna.trim() || null,
          alias: saisie.alias
            .split(';')
            .map((nom) => nom.trim())
            .filter(Boolean),
        });
        if (resultat) {
          setFait(`« ${saisie.nom.trim()} » est enregistré (identifiant ${resultat.enregistrerPartenaire?.id}).`);
          setSaisie(vide);
          await onFait();
        }
      }}
    >
      <Stack gap="sm">
        <Title order={2} size="h4">
          {porteurSeulement ? 'Enregistrer un porteur' : 'Enregistrer un partenaire'}
        </Title>
        {porteurSeulement && (
          <Text size="sm">Un agent enregistre les porteurs ; les financeurs et les signataires sont enregistrés par un administrateur.</Text>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Nom"
            required
            value={saisie.nom}
            error={envoi.erreurs['nom']}
            onChange={(event) => setSaisie({ ...saisie, nom: event.currentTarget.value })}
          />
          <NativeSelect
            label="Nature"
            data={Object.entries(NATURES_PARTENAIRE).map(([value, label]) => ({ value, label }))}
            value={saisie.nature}
            error={envoi.erreurs['nature']}
            onChange={(event) => setSaisie({ ...saisie, nature: event.currentTarget.value as PartenaireNature })}
          />
          <TextInput
            label="SIRET"
            description="14 chiffres."
            inputMode="numeric"
            value={saisie.siret}
            error={envoi.erreurs['siret']}
            onChange={(event) => setSaisie({ ...saisie, siret: event.currentTarget.value })}
          />
          <TextInput
            label="Numéro RNA"
            description="W suivi de 9 chiffres (associations)."
            value={saisie.rna}
            error={envoi.erreurs['rna']}
            onChange={(event) => setSaisie({ ...saisie, rna: event.currentTarget.value })}
          />
          <TextInput
            label="Autres noms"
            description="Séparés par des points-virgules : sigles, anciennes graphies."
            value={saisie.alias}
            error={envoi.erreurs['alias']}
            onChange={(event) => setSaisie({ ...saisie, alias: event.currentTarget.value })}
          />
        </SimpleGrid>
        {!porteurSeulement && (
          <Group align="end">
            <Checkbox.Group
              label="Rôles"
              value={saisie.roles}
              error={envoi.erreurs['roles']}
              onChange={(valeur) => setSaisie({ ...saisie, roles: valeur as PartenaireRole[] })}
            >
              <Group mt={6}>
                {Object.entries(ROLES_PARTENAIRE).map(([value, label]) => (
                  <Checkbox key={value} value={value} label={label} />
                ))}
              </Group>
            </Checkbox.Group>
            {financeur && (
              <NativeSelect
                label="Catégorie du financeur"
                required
                data={[{ value: '', label: '— choisir —' }, ...Object.entries(CATEGORIES_FINANCEUR).map(([value, label]) => ({ value, label }))]}
                value={saisie.categorieFinanceur}
                error={envoi.erreurs['categorieFinanceur']}
                onChange={(event) => setSaisie({ ...saisie, categorieFinanceur: event.currentTarget.value as PartenaireCategorieFinanceur })}
              />
            )}
          </Group>
        )}
        <RefusServeur refus={envoi.refus} />
        {fait && (
          <Alert color="green" role="status">
            {fait}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={envoi.envoi}>
            Enregistrer
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
