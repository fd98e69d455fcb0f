import { ActionIcon, Alert, Badge, Box, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useSession } from '../../auth/AuthContext';
import { graphql } from '../../gql';
import type { CadreStrategiqueDimensionInput } from '../../gql/graphql';
import { useQuery } from '../../graphql/use-query';
import { useAsOf } from '../../shared/as-of';
import { ChampRaison, RefusServeur, useEnvoi } from '../../shared/Envoi';
import { Chargement, Erreur } from '../../shared/Etats';
import { BoutonsExport } from '../../shared/BoutonsExport';
import { useParametres } from '../../shared/parametres';
import { droitsReferentiel } from './Referentiel';

const CadreQuery = graphql(`
  query ReferentielCadre($cadreId: String, $version: Int, $asOf: DateTime) {
    cadresStrategiques(asOf: $asOf) {
      cadreId
      version
      intitule
    }
    cadreStrategique(cadreId: $cadreId, version: $version, asOf: $asOf) {
      cadreId
      version
      intitule
      statut
      remplaceePar
      versions {
        version
        intitule
        statut
      }
      dimensions {
        code
        libelle
        niveaux
      }
      noeuds {
        id
        dimension
        parentId
        niveau
        niveauLibelle
        code
        libelle
        libelleAffiche
        ordre
      }
    }
  }
`);

const Definir = graphql(`
  mutation DefinirCadreStrategique($input: DefinirCadreStrategiqueInput!) {
    definirCadreStrategique(input: $input) {
      id
    }
  }
`);

const Ajouter = graphql(`
  mutation AjouterObjectif($input: AjouterObjectifInput!) {
    ajouterObjectif(input: $input) {
      id
    }
  }
`);

const LibelleAffiche = graphql(`
  mutation DefinirLibelleAffiche($input: DefinirLibelleAfficheInput!) {
    definirLibelleAffiche(input: $input) {
      revision
    }
  }
`);

type Noeud = {
  id: string;
  dimension: string;
  parentId?: string | null;
  niveau: number;
  niveauLibelle: string;
  code?: string | null;
  libelle: string;
  libelleAffiche?: string | null;
  ordre: number;
};
type Edition = { type: 'ajout'; dimension: string; parentId: string | null; niveau: number; niveauLibelle: string } | { type: 'libelle'; noeud: Noeud } | null;

/**
 * The cadre stratégique as a tree (docs/design.md §2): the dimensions and their levels named by the EPCI, the nodes of a
 * version; an admin adds nodes to the current version, sets the label shown, and defines the next version (the
 * current one is then frozen: dossiers keep pointing to the version they were tagged in).
 */
export function CadreStrategique() {
  const session = useSession();
  const { asOf } = useAsOf();
  const { admin } = droitsReferentiel(session.role, asOf);
  const [p, changer] = useParametres<'cadre' | 'version'>();
  const { data, error, loading, refetch } = useQuery(CadreQuery, {
    cadreId: p.cadre ?? null,
    version: p.version ? Number(p.version) : null,
  });
  const [edition, setEdition] = useState<Edition>(null);
  const [nouvelleVersion, setNouvelleVersion] = useState(false);
  if (error) return <Erreur error={error} />;
  if (loading && !data) return <Chargement />;
  const cadre = data?.cadreStrategique ?? null;
  const courante = cadre?.statut === 'courante';
  const modifiable = admin && courante;

  const enfants = (parentId: string | null, dimension: string) =>
    (cadre?.noeuds ?? []).filter((noeud) => noeud.dimension === dimension && (noeud.parentId ?? null) === parentId).sort((a, b) => a.ordre - b.ordre);

  const arbre = (parentId: string | null, dimension: { code: string; niveaux: string[] }): ReactNode => {
    const liste = enfants(parentId, dimension.code);
    if (liste.length === 0) return null;
    return (
      <Box
        component="ul"
        m={0}
        p={0}
        style={{ listStyle: 'none', ...(parentId !== null ? { marginLeft: 10, paddingLeft: 14, borderLeft: '2px solid var(--mantine-color-gray-3)' } : {}) }}
      >
        {liste.map((noeud) => {
          const nom = `${noeud.code ? `${noeud.code} ` : ''}${noeud.libelleAffiche ?? noeud.libelle}`;
          const suivant = dimension.niveaux[noeud.niveau + 1];
          return (
            <Box component="li" key={noeud.id} py={3}>
              <Group wrap="nowrap" align="flex-start" gap="sm" data-testid="noeud-cadre">
                <Badge variant="light" color="marine" c="black" tt="none" miw={150} style={{ flexShrink: 0 }} mt={2}>
                  {noeud.niveauLibelle}
                </Badge>
                <Box style={{ flex: 1 }}>
                  <Text fw={noeud.niveau === 0 ? 700 : 400}>{nom}</Text>
                  {noeud.libelleAffiche && (
                    <Text size="xs" c="dimmed">
                      Libellé de la source : « {noeud.libelle} »
                    </Text>
                  )}
                </Box>
                {modifiable && (
                  <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
                    {suivant && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        aria-label={`Ajouter : ${suivant} sous « ${nom} »`}
                        onClick={() =>
                          setEdition({ type: 'ajout', dimension: dimension.code, parentId: noeud.id, niveau: noeud.niveau + 1, niveauLibelle: suivant })
                        }
                      >
                        Ajouter : {suivant}
                      </Button>
                    )}
                    <Button size="compact-xs" variant="subtle" aria-label={`Renommer « ${nom} »`} onClick={() => setEdition({ type: 'libelle', noeud })}>
                      Renommer
                    </Button>
                  </Group>
                )}
              </Group>
              {edition &&
                ((edition.type === 'ajout' && edition.parentId === noeud.id) || (edition.type === 'libelle' && edition.noeud.id === noeud.id)) &&
                cadre && (
                  <FormulaireNoeud
                    edition={edition}
                    cadre={cadre}
                    onFait={async () => {
                      setEdition(null);
                      await refetch();
                    }}
                    onAnnuler={() => setEdition(null)}
                  />
                )}
              {arbre(noeud.id, dimension)}
            </Box>
          );
        })}
      </Box>
    );
  };

  if (!cadre)
    return admin ? (
      <NouvelleVersion cadreId={null} version={1} dimensions={[]} onFait={refetch} />
    ) : (
      <Text>Aucun cadre stratégique n’est défini pour ce territoire.</Text>
    );

  return (
    <Stack gap="md">
      <Group align="end" wrap="wrap">
        {(data?.cadresStrategiques.length ?? 0) > 1 && (
          <NativeSelect
            label="Cadre"
            data={(data?.cadresStrategiques ?? []).map((candidate) => ({ value: candidate.cadreId, label: candidate.intitule }))}
            value={cadre.cadreId}
            onChange={(event) => changer({ cadre: event.currentTarget.value, version: null })}
          />
        )}
        <NativeSelect
          label="Version"
          data={cadre.versions.map((version) => ({
            value: String(version.version),
            label: `Version ${version.version} — ${version.intitule}${version.statut === 'courante' ? ' (en vigueur)' : ' (remplacée)'}`,
          }))}
          value={String(cadre.version)}
          onChange={(event) => changer({ cadre: cadre.cadreId, version: event.currentTarget.value })}
        />
        {admin && courante && !nouvelleVersion && (
          <Button variant="default" onClick={() => setNouvelleVersion(true)}>
            Préparer la version {cadre.version + 1}
          </Button>
        )}
      </Group>
      {!courante && (
        <Alert color="gray" role="status">
          La version {cadre.version} a été remplacée par la version {cadre.remplaceePar} : elle reste lisible, les dossiers classés dans cette version gardent
          leur classement, mais elle ne se modifie plus.
        </Alert>
      )}
      {nouvelleVersion && (
        <NouvelleVersion
          cadreId={cadre.cadreId}
          version={cadre.version + 1}
          intitule={cadre.intitule}
          dimensions={cadre.dimensions}
          onFait={async () => {
            setNouvelleVersion(false);
            changer({ cadre: cadre.cadreId, version: null });
            await refetch();
          }}
          onAnnuler={() => setNouvelleVersion(false)}
        />
      )}
      <Title order={2} size="h3">
        {cadre.intitule} — version {cadre.version}
      </Title>
      <BoutonsExport
        export="cadre-strategique"
        libelle={`la version ${cadre.version} du cadre stratégique`}
        parametres={{ cadreId: cadre.cadreId, version: cadre.version }}
      />
      {cadre.dimensions.map((dimension) => (
        <Paper key={dimension.code} withBorder p="md" component="section" aria-label={dimension.libelle}>
          <Group justify="space-between" mb="xs" wrap="wrap">
            <Title order={3} size="h4">
              {dimension.libelle}{' '}
              <Text span size="sm" c="dimmed" fw={400}>
                (niveaux : {dimension.niveaux.join(' → ')})
              </Text>
            </Title>
            {modifiable && (
              <Button
                size="xs"
                variant="default"
                onClick={() => setEdition({ type: 'ajout', dimension: dimension.code, parentId: null, niveau: 0, niveauLibelle: dimension.niveaux[0] })}
              >
                Ajouter : {dimension.niveaux[0]}
              </Button>
            )}
          </Group>
          {edition?.type === 'ajout' && edition.parentId === null && edition.dimension === dimension.code && (
            <FormulaireNoeud
              edition={edition}
              cadre={cadre}
              onFait={async () => {
                setEdition(null);
                await refetch();
              }}
              onAnnuler={() => setEdition(null)}
            />
          )}
          {arbre(null, dimension) ?? <Text size="sm">Aucun élément.</Text>}
        </Paper>
      ))}
    </Stack>
  );
}

function FormulaireNoeud({
  edition,
  cadre,
  onFait,
  onAnnuler,
}: {
  edition: NonNullable<Edition>;
  cadre: { cadreId: string; version: number };
  onFait(): Promise<void>;
  onAnnuler(): void;
}) {
  const ajout = useEnvoi(Ajouter, ['libelle', 'code', 'niveau', 'parentId', 'dimension']);
  const libelle = useEnvoi(LibelleAffiche, ['libelleAffiche']);
  const [saisie, setSaisie] = useState({ code: '', libelle: edition.type === 'libelle' ? (edition.noeud.libelleAffiche ?? '') : '' });
  const envoi = edition.type === 'ajout' ? ajout : libelle;
  const titre = edition.type === 'ajout' ? `Ajouter : ${edition.niveauLibelle}` : `Libellé affiché de « ${edition.noeud.libelle} »`;
  return (
    <Box
      component="form"
      aria-label={titre}
      my="xs"
      p="sm"
      style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 4 }}
      onSubmit={async (event) => {
        event.preventDefault();
        const fait =
          edition.type === 'ajout'
            ? await ajout.envoyer({
                cadreId: cadre.cadreId,
                version: cadre.version,
                dimension: edition.dimension,
                parentId: edition.parentId,
                niveau: edition.niveau,
                code: saisie.code.trim() || null,
                libelle: saisie.libelle.trim(),
              })
            : await libelle.envoyer({ cadreId: cadre.cadreId, noeudId: edition.noeud.id, libelleAffiche: saisie.libelle.trim() || null });
        if (fait) await onFait();
      }}
    >
      <Stack gap="xs">
        <Text fw={600} size="sm">
          {titre}
        </Text>
        <Group align="end" wrap="wrap">
          {edition.type === 'ajout' && (
            <TextInput
              label="Code (facultatif)"
              w={120}
              value={saisie.code}
              error={ajout.erreurs['code']}
              onChange={(event) => setSaisie({ ...saisie, code: event.currentTarget.value })}
            />
          )}
          <TextInput
            label={edition.type === 'ajout' ? 'Libellé' : 'Libellé affiché (vide : celui de la source)'}
            required={edition.type === 'ajout'}
            w={420}
            value={saisie.libelle}
            error={edition.type === 'ajout' ? (ajout.erreurs['libelle'] ?? ajout.erreurs['niveau']) : libelle.erreurs['libelleAffiche']}
            onChange={(event) => setSaisie({ ...saisie, libelle: event.currentTarget.value })}
            data-autofocus
          />
          <Button type="submit" size="sm" loading={envoi.envoi}>
            Enregistrer
          </Button>
          <Button size="sm" variant="default" onClick={onAnnuler}>
            Annuler
          </Button>
        </Group>
        <ChampRaison envoi={envoi} />
        <RefusServeur refus={envoi.refus} />
      </Stack>
    </Box>
  );
}

type DimensionSaisie = { code: string; libelle: string; niveaux: string };
const DIMENSION_PAR_DEFAUT: DimensionSaisie = { code: 'piliers', libelle: 'Piliers', niveaux: 'Pilier > Orientation > Objectif opérationnel' };

/** Version 1 of a territory's cadre, or the next version of an existing one: its title, dimensions and level names. */
function NouvelleVersion({
  cadreId,
  version,
  intitule,
  dimensions,
  onFait,
  onAnnuler,
}: {
  cadreId: string | null;
  version: number;
  intitule?: string;
  dimensions: Array<{ code: string; libelle: string; niveaux: string[] }>;
  onFait(): Promise<unknown>;
  onAnnuler?(): void;
}) {
  const envoi = useEnvoi(Definir, ['intitule', 'dimensions', 'version', 'cadreId']);
  const [titre, setTitre] = useState(intitule ?? 'Cadre stratégique du contrat de ville');
  const [saisies, setSaisies] = useState<DimensionSaisie[]>(
    dimensions.length ? dimensions.map((dimension) => ({ ...dimension, niveaux: dimension.niveaux.join(' > ') })) : [DIMENSION_PAR_DEFAUT],
  );
  const changerDimension = (index: number, changement: Partial<DimensionSaisie>) =>
    setSaisies((courantes) => courantes.map((courante, position) => (position === index ? { ...courante, ...changement } : courante)));
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      aria-label={version === 1 ? 'Définir le cadre stratégique' : `Définir la version ${version} du cadre`}
      onSubmit={async (event) => {
        event.preventDefault();
        const definies: CadreStrategiqueDimensionInput[] = saisies.map((saisie) => ({
          code: saisie.code.trim(),
          libelle: saisie.libelle.trim(),
          niveaux: saisie.niveaux
            .split('>')
            .map((niveau) => niveau.trim())
            .filter(Boolean),
        }));
        if (await envoi.envoyer({ cadreId, version, intitule: titre.trim(), dimensions: definies })) await onFait();
      }}
    >
      <Stack gap="sm">
        <Title order={2} size="h4">
          {version === 1 ? 'Définir le cadre stratégique' : `Version ${version} du cadre`}
        </Title>
        {version > 1 && (
          <Text size="sm">
            La version {version - 1} sera figée : ses éléments restent lisibles et les dossiers gardent leur classement. La nouvelle version part vide ;
            ajoutez-y ses éléments ensuite.
          </Text>
        )}
        <TextInput label="Intitulé" required value={titre} error={envoi.erreurs['intitule']} onChange={(event) => setTitre(event.currentTarget.value)} />
        {saisies.map((saisie, index) => (
          <SimpleGrid key={index} cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput
              label={`Dimension ${index + 1} : libellé`}
              required
              value={saisie.libelle}
              onChange={(event) => changerDimension(index, { libelle: event.currentTarget.value })}
            />
            <TextInput
              label={`Dimension ${index + 1} : code`}
              description="Minuscules, chiffres, - ou _."
              required
              value={saisie.code}
              onChange={(event) => changerDimension(index, { code: event.currentTarget.value })}
            />
            <Group align="end" wrap="nowrap" gap="xs">
              <TextInput
                label={`Dimension ${index + 1} : niveaux`}
                description="Du plus large au plus fin, séparés par >."
                required
                style={{ flex: 1 }}
                value={saisie.niveaux}
                onChange={(event) => changerDimension(index, { niveaux: event.currentTarget.value })}
              />
              {saisies.length > 1 && (
                <ActionIcon
                  variant="default"
                  size="lg"
                  aria-label={`Retirer la dimension ${index + 1}`}
                  onClick={() => setSaisies((courantes) => courantes.filter((_, position) => position !== index))}
                >
                  ×
                </ActionIcon>
              )}
            </Group>
          </SimpleGrid>
        ))}
        {envoi.erreurs['dimensions'] && (
          <Text c="red.8" size="sm" role="alert">
            {envoi.erreurs['dimensions']}
          </Text>
        )}
        <Group>
          <Button variant="default" size="xs" onClick={() => setSaisies([...saisies, { code: '', libelle: '', niveaux: '' }])}>
            Ajouter une dimension (axes transversaux, feuille de route…)
          </Button>
        </Group>
        <ChampRaison envoi={envoi} />
        <RefusServeur refus={envoi.refus} />
        <Group>
          <Button type="submit" loading={envoi.envoi}>
            {version === 1 ? 'Définir le cadre' : `Définir la version ${version}`}
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
