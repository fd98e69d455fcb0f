import { Alert, Button, FileInput, Group, MultiSelect, NativeSelect, Paper, Progress, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useAuth, useSession } from '../../auth/AuthContext';
import { graphql } from '../../gql';
import type { QpvCategorie } from '../../gql/graphql';
import { ApiError } from '../../graphql/client';
import { useQuery } from '../../graphql/use-query';
import { useAsOf } from '../../shared/as-of';
import { RefusServeur, useEnvoi } from '../../shared/Envoi';
import { Chargement, Erreur } from '../../shared/Etats';
import { formatDate, formatEntier } from '../../shared/format';
import { CATEGORIES_QPV, STATUTS_QPV } from '../../shared/libelles-referentiel';
import { useParametres } from '../../shared/parametres';
import { BoutonsExport } from '../../shared/BoutonsExport';
import { Tableau } from '../../shared/Tableau';
import { televerser, type Progression } from '../../shared/televersement';
import { droitsReferentiel } from './Referentiel';

const QuartiersQuery = graphql(`
  query ReferentielQuartiers($filter: QpvsFilter, $asOf: DateTime) {
    qpvs(filter: $filter, first: 200, asOf: $asOf) {
      totalCount
      edges {
        node {
          id
          code
          categorie
          generation
          statut
          nom
          alias
          communes {
            codeInsee
            nom
          }
          validite {
            du
            au
          }
          successeurs {
            id
            nom
          }
        }
      }
    }
    territoire(asOf: $asOf) {
      siren
      communes {
        cle
        codeInsee
        nom
        rattachee
      }
    }
  }
`);

const Declarer = graphql(`
  mutation DeclarerQpv($input: DeclarerQpvInput!) {
    declarerQpv(input: $input) {
      id
    }
  }
`);

/** The report of `POST /imports/qpv` (docs/api.md « Imports »). */
interface RapportQpv {
  fichier: string;
  dryRun: boolean;
  declarations: number;
  remplacements: number;
  dejaConnus: string[];
  ignorees: number;
  evenements: number;
  erreurs: Array<{ ligne: number; code: string | null; champ: string; message: string }>;
  refus: Array<{ ligne: string | null; type: string; code: string; message: string }>;
}

const GENERATIONS = [
  { value: '', label: 'Toutes les générations' },
  { value: '2024', label: 'Géographie 2024' },
  { value: '2015', label: 'Géographie 2015' },
];

/** The quartiers of every generation (2015, 2024), the declaration of one, and the import of the national list. */
export function Quartiers() {
  const session = useSession();
  const { asOf } = useAsOf();
  const { admin } = droitsReferentiel(session.role, asOf);
  const [p, changer] = useParametres<'generation' | 'categorie'>();
  const filter = {
    ...(p.generation ? { generation: Number(p.generation) } : {}),
    ...(p.categorie ? { categorie: p.categorie as QpvCategorie } : {}),
  };
  const { data, error, loading, refetch } = useQuery(QuartiersQuery, { filter });
  const quartiers = data?.qpvs.edges.map((edge) => edge.node) ?? [];

  return (
    <Stack gap="md">
      <Group align="end">
        <NativeSelect
          label="Génération"
          data={GENERATIONS}
          value={p.generation ?? ''}
          onChange={(event) => changer({ generation: event.currentTarget.value })}
        />
        <NativeSelect
          label="Catégorie"
          data={[{ value: '', label: 'Toutes' }, ...Object.entries(CATEGORIES_QPV).map(([value, label]) => ({ value, label }))]}
          value={p.categorie ?? ''}
          onChange={(event) => changer({ categorie: event.currentTarget.value })}
        />
      </Group>
      {error && <Erreur error={error} />}
      {loading && !data && <Chargement />}
      {data && <BoutonsExport export="quartiers" libelle="les quartiers" parametres={{ generation: p.generation, categorie: p.categorie }} />}
      {data && (
        <Tableau
          legende={`Quartiers (${formatEntier(data.qpvs.totalCount)})`}
          lignes={quartiers}
          cle={(quartier) => quartier.id}
          colonnes={[
            { titre: 'Quartier', valeur: (quartier) => quartier.nom },
            { titre: 'Code', valeur: (quartier) => quartier.code ?? '—' },
            { titre: 'Génération', valeur: (quartier) => quartier.generation ?? '—' },
            { titre: 'Catégorie', valeur: (quartier) => CATEGORIES_QPV[quartier.categorie] },
            { titre: 'Communes', valeur: (quartier) => quartier.communes.map((commune) => commune.nom).join(', ') },
            {
              titre: 'Statut',
              valeur: (quartier) =>
                `${STATUTS_QPV[quartier.statut]}${quartier.successeurs.length ? ` par ${quartier.successeurs.map((successeur) => successeur.nom).join(', ')}` : ''}`,
            },
            { titre: 'Validité', valeur: (quartier) => (quartier.validite.du ? `depuis le ${formatDate(quartier.validite.du)}` : '—') },
          ]}
        />
      )}
      {admin && data && (
        <DeclarationQuartier
          communes={(data.territoire?.communes ?? []).filter((commune) => commune.rattachee)}
          onFait={async () => {
            await refetch();
          }}
        />
      )}
      {admin && <ImportListeNationale sirenTerritoire={data?.territoire?.siren ?? ''} onFait={refetch} />}
    </Stack>
  );
}

function DeclarationQuartier({ communes, onFait }: { communes: Array<{ cle: string; codeInsee?: string | null; nom: string }>; onFait(): Promise<void> }) {
  const envoi = useEnvoi(Declarer, ['nom', 'code', 'generation', 'categorie', 'communes', 'alias']);
  const vide = { nom: '', code: '', generation: '2024', categorie: 'qpv' as QpvCategorie, communes: [] as string[] };
  const [saisie, setSaisie] = useState(vide);
  const [fait, setFait] = useState<string | null>(null);
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      aria-label="Déclarer un quartier"
      onSubmit={async (event) => {
        event.preventDefault();
        setFait(null);
        const choisies = communes
          .filter((commune) => saisie.communes.includes(commune.cle))
          .map((commune) => ({ codeInsee: commune.codeInsee ?? null, nom: commune.nom }));
        const resultat = await envoi.envoyer({
          nom: saisie.nom.trim(),
          code: saisie.code.trim() || null,
          generation: saisie.generation ? Number(saisie.generation) : null,
          categorie: saisie.categorie,
          communes: choisies,
        });
        if (resultat) {
          setFait(`Quartier « ${saisie.nom.trim()} » déclaré.`);
          setSaisie(vide);
          await onFait();
        }
      }}
    >
      <Stack gap="sm">
        <Title order={2} size="h4">
          Déclarer un quartier
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Nom du quartier"
            required
            value={saisie.nom}
            error={envoi.erreurs['nom']}
            onChange={(event) => setSaisie({ ...saisie, nom: event.currentTarget.value })}
          />
          <NativeSelect
            label="Catégorie"
            data={Object.entries(CATEGORIES_QPV).map(([value, label]) => ({ value, label }))}
            value={saisie.categorie}
            error={envoi.erreurs['categorie']}
            onChange={(event) => setSaisie({ ...saisie, categorie: event.currentTarget.value as QpvCategorie })}
          />
          <TextInput
            label="Code officiel"
            description="2015 : QP et 6 chiffres (QP062012) ; 2024 : QN, 5 chiffres et une lettre (QN06201M) ; vide pour un quartier de veille."
            value={saisie.code}
            error={envoi.erreurs['code']}
            onChange={(event) => setSaisie({ ...saisie, code: event.currentTarget.value })}
          />
          <NativeSelect
            label="Génération de la géographie prioritaire"
            data={[
              { value: '2024', label: '2024' },
              { value: '2015', label: '2015' },
              { value: '', label: 'Aucune' },
            ]}
            value={saisie.generation}
            error={envoi.erreurs['generation']}
            onChange={(event) => setSaisie({ ...saisie, generation: event.currentTarget.value })}
          />
        </SimpleGrid>
        <MultiSelect
          label="Communes du quartier"
          required
          data={communes.map((commune) => ({ value: commune.cle, label: commune.codeInsee ? `${commune.nom} (${commune.codeInsee})` : commune.nom }))}
          value={saisie.communes}
          error={envoi.erreurs['communes']}
          onChange={(valeur) => setSaisie({ ...saisie, communes: valeur })}
          searchable
        />
        <RefusServeur refus={envoi.refus} />
        {fait && (
          <Alert color="green" role="status">
            {fait}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={envoi.envoi}>
            Déclarer le quartier
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** The ANCT list (CSV): a dry run, then the import of the workspace's rows, with progress; again, nothing new. */
function ImportListeNationale({ sirenTerritoire, onFait }: { sirenTerritoire: string; onFait(): Promise<unknown> }) {
  const session = useSession();
  const { signalerExpiration } = useAuth();
  const [fichier, setFichier] = useState<File | null>(null);
  const reinitialiserChoix = useRef<() => void>(null);
  const [siren, setSiren] = useState<string | null>(null);
  const [generation, setGeneration] = useState('2024');
  const [rapport, setRapport] = useState<RapportQpv | null>(null);
  const [progression, setProgression] = useState<Progression | null>(null);
  const [enCours, setEnCours] = useState(false);
  const [erreur, setErreur] = useState<ApiError | null>(null);
  const sirenSaisi = siren ?? sirenTerritoire;

  const envoyer = async (simulation: boolean) => {
    if (!fichier) return setErreur(new ApiError('Choisissez d’abord le fichier de la liste nationale.', 'VALIDATION_FAILED', { field: 'fichier' }));
    setErreur(null);
    setEnCours(true);
    setProgression(null);
    try {
      const parametres = new URLSearchParams({ simulation: String(simulation), siren: sirenSaisi.trim(), ...(generation ? { generation } : {}) });
      const lu = await televerser<RapportQpv>(`/imports/qpv?${parametres}`, fichier, { token: session.token, tenant: session.tenant }, setProgression);
      setRapport(lu);
      if (!simulation) await onFait();
    } catch (error) {
      const apiError = error instanceof ApiError ? error : new ApiError(String(error), 'INTERNAL_SERVER_ERROR');
      if (apiError.code === 'UNAUTHENTICATED') signalerExpiration();
      setErreur(apiError);
    } finally {
      setEnCours(false);
    }
  };
  const erreurDe = (champ: string) => (erreur?.field === champ ? `${erreur.message} (${erreur.code})` : undefined);

  return (
    <Paper withBorder p="md" component="section" aria-label="Importer la liste nationale des quartiers">
      <Stack gap="sm">
        <Title order={2} size="h4">
          Importer la liste nationale des quartiers (ANCT)
        </Title>
        <Text size="sm">
          Le fichier CSV publié par l’ANCT (listeqp…csv) : seules les lignes de l’EPCI dont le SIREN est donné sont lues ; les quartiers déjà connus ne sont pas
          réécrits. La simulation n’enregistre rien.
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <FileInput
            label="Liste nationale (CSV)"
            placeholder="Choisir un fichier"
            accept=".csv,.txt"
            value={fichier}
            onChange={(valeur) => {
              setFichier(valeur);
              setRapport(null);
              if (valeur) reinitialiserChoix.current?.();
            }}
            resetRef={reinitialiserChoix}
            error={erreurDe('fichier')}
          />
          <TextInput label="SIREN de l’EPCI" value={sirenSaisi} onChange={(event) => setSiren(event.currentTarget.value)} error={erreurDe('siren')} />
          <NativeSelect
            label="Génération"
            data={[
              { value: '2024', label: '2024' },
              { value: '2015', label: '2015' },
            ]}
            value={generation}
            onChange={(event) => setGeneration(event.currentTarget.value)}
            error={erreurDe('generation')}
          />
        </SimpleGrid>
        {erreur && !['fichier', 'siren', 'generation'].includes(erreur.field ?? '') && (
          <Alert color="red" title="Refusé par le serveur" role="alert">
            {erreur.message} ({erreur.code})
          </Alert>
        )}
        <Group>
          <Button variant="default" onClick={() => envoyer(true)} loading={enCours && !rapport}>
            Simuler l’import
          </Button>
          <Button onClick={() => envoyer(false)} disabled={!rapport?.dryRun || rapport.erreurs.length > 0} loading={enCours && !!rapport}>
            Importer la liste
          </Button>
        </Group>
        {enCours && progression && (
          <Progress.Root>
            <Progress.Section
              value={progression['total'] ? ((progression['done'] ?? 0) / progression['total']) * 100 : 0}
              aria-label="Avancement de l’import des quartiers"
            />
          </Progress.Root>
        )}
        {rapport && (
          <Stack gap="xs" data-testid="rapport-qpv">
            <Text>
              {rapport.dryRun ? 'Simulation (rien n’est enregistré) : ' : 'Import terminé : '}
              {formatEntier(rapport.declarations)} quartier(s) {rapport.dryRun ? 'à déclarer' : 'déclaré(s)'}, {formatEntier(rapport.remplacements)} lien(s) de
              succession, {formatEntier(rapport.dejaConnus.length)} déjà connu(s), {formatEntier(rapport.ignorees)} ligne(s) d’autres EPCI.
            </Text>
            {rapport.declarations + rapport.remplacements === 0 && rapport.erreurs.length === 0 && (
              <Alert color="blue" role="status">
                Rien de nouveau : les quartiers de cet EPCI sont déjà tous dans le référentiel.
              </Alert>
            )}
            {rapport.erreurs.length > 0 && (
              <Tableau
                legende={`Lignes en erreur (${rapport.erreurs.length}) : corrigez le fichier ou signalez-les à l’ANCT`}
                lignes={rapport.erreurs}
                cle={(ligne, index) => `${ligne.ligne}-${index}`}
                colonnes={[
                  { titre: 'Ligne', nombre: true, valeur: (ligne) => ligne.ligne },
                  { titre: 'Colonne', valeur: (ligne) => ligne.champ },
                  { titre: 'Problème', valeur: (ligne) => `${ligne.message}${ligne.code ? ` (${ligne.code})` : ''}` },
                ]}
              />
            )}
            {rapport.refus.length > 0 && (
              <Tableau
                legende={`Commandes refusées (${rapport.refus.length})`}
                lignes={rapport.refus}
                cle={(ligne, index) => `${ligne.type}-${index}`}
                colonnes={[
                  { titre: 'Ligne', valeur: (ligne) => ligne.ligne ?? '—' },
                  { titre: 'Commande', valeur: (ligne) => ligne.type },
                  { titre: 'Refus', valeur: (ligne) => `${ligne.message} (${ligne.code})` },
                ]}
              />
            )}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
