import { Anchor, Button, Code, Group, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { TitreEcran } from '../../app/Cadre';
import { useSession } from '../../auth/AuthContext';
import { graphql } from '../../gql';
import type { JournalFilter } from '../../gql/graphql';
import { useQuery } from '../../graphql/use-query';
import { useAsOf } from '../../shared/as-of';
import { BoutonsExport } from '../../shared/BoutonsExport';
import { Chargement, Erreur } from '../../shared/Etats';
import { formatDateHeure, formatEntier } from '../../shared/format';
import { ROLES_ACTEURS } from '../../shared/libelles';
import { useParametres } from '../../shared/parametres';
import { Tableau } from '../../shared/Tableau';
import { instantVersSaisie, saisieVersInstant } from '../../shared/instants';

const JournalQuery = graphql(`
  query Journal($filter: JournalFilter, $first: Int, $after: String) {
    journal(filter: $filter, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          eventId
          position
          streamId
          revision
          type
          libelle
          enregistreLe
          effectifLe
          reason
          source
          acteur {
            userId
            role
            organisationId
          }
        }
      }
    }
  }
`);

type Parametre =
  'userId' | 'organisationId' | 'types' | 'depuis' | 'avant' | 'effectifDepuis' | 'effectifAvant' | 'flux' | 'dossierId' | 'financeurId' | 'apres' | 'pages';
const PAGE = 100;
const TEXTES: Array<[Parametre, string, string?]> = [
  ['dossierId', 'Dossier (identifiant)'],
  ['flux', 'Flux', 'ex. appel-2019, comite-2019-1'],
  ['userId', 'Auteur (identifiant)'],
  ['organisationId', 'Organisation de l’auteur'],
  ['financeurId', 'Financeur'],
  ['types', 'Types d’événements', 'séparés par des virgules, ex. FinancementVote,DossierRetenu'],
];
const DATES: Array<[Parametre, string]> = [
  ['depuis', 'Enregistré à partir du'],
  ['avant', 'Enregistré avant le'],
  ['effectifDepuis', 'Effectif à partir du'],
  ['effectifAvant', 'Effectif avant le'],
];

/**
 * The workspace's change feed for an auditor: every event by global position, filtered (author, organisation,
 * types, recorded and business dates, stream, dossier, financeur; all in the URL), paged by cursor — a page
 * resumes exactly after the last event seen, whatever is recorded meanwhile.
 */
export default function Journal() {
  const session = useSession();
  const { asOf } = useAsOf();
  const [p, changer] = useParametres<Parametre>();
  // « Voir au »: the journal as the platform knew it then ends at that instant (the recorded-before bound)
  const avant = anterieur(p.avant, asOf);
  // what the form shows: the URL's filters, its instants as the datetime inputs show them
  const enSaisie = (valeurs: Partial<Record<Parametre, string>>) => ({
    ...valeurs,
    ...Object.fromEntries(DATES.map(([nom]) => [nom, instantVersSaisie(valeurs[nom])])),
  });
  const cleUrl = JSON.stringify(p);
  const [saisie, setSaisie] = useState<Partial<Record<Parametre, string>>>(() => enSaisie(p));
  useEffect(() => setSaisie(enSaisie(JSON.parse(cleUrl) as Partial<Record<Parametre, string>>)), [cleUrl]);
  const filter: JournalFilter = {
    ...(p.userId ? { userId: p.userId } : {}),
    ...(p.organisationId ? { organisationId: p.organisationId } : {}),
    ...(p.types
      ? {
          types: p.types
            .split(',')
            .map((type) => type.trim())
            .filter(Boolean),
        }
      : {}),
    ...(p.depuis ? { enregistreDepuis: p.depuis } : {}),
    ...(avant ? { enregistreAvant: avant } : {}),
    ...(p.effectifDepuis ? { effectifDepuis: p.effectifDepuis } : {}),
    ...(p.effectifAvant ? { effectifAvant: p.effectifAvant } : {}),
    ...(p.flux ? { streamId: p.flux } : {}),
    ...(p.dossierId ? { dossierId: p.dossierId } : {}),
    ...(p.financeurId ? { financeurId: p.financeurId } : {}),
  };
  const { data, error, loading } = useQuery(JournalQuery, { filter, first: PAGE, after: p.apres ?? null });
  const evenements = data?.journal.edges.map((edge) => edge.node) ?? [];
  const page = Number(p.pages ?? '1') || 1;

  const appliquer = () => {
    const changes: Partial<Record<Parametre, string | null>> = { apres: null, pages: null };
    for (const [nom] of TEXTES) changes[nom] = saisie[nom]?.trim() || null;
    for (const [nom] of DATES) changes[nom] = saisieVersInstant(saisie[nom] ?? '');
    changer(changes);
  };

  return (
    <Stack gap="md">
      <TitreEcran>Journal des changements</TitreEcran>
      <Text size="sm">
        Chaque événement enregistré dans l’espace de travail, dans l’ordre du journal : qui, quand (enregistré et effectif), pourquoi. Un événement ne change
        jamais ; une correction est un nouvel événement.
      </Text>
      {asOf && (
        <Text size="sm" fw={600} data-testid="journal-borne">
          Journal arrêté au {formatDateHeure(asOf)} : les événements enregistrés ensuite n’y figurent pas.
        </Text>
      )}
      <Paper
        withBorder
        p="sm"
        component="form"
        role="search"
        aria-label="Filtres du journal"
        onSubmit={(event) => {
          event.preventDefault();
          appliquer();
        }}
      >
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
          {TEXTES.map(([nom, libelle, aide]) => (
            <TextInput
              key={nom}
              label={libelle}
              description={aide}
              value={saisie[nom] ?? ''}
              onChange={(event) => setSaisie({ ...saisie, [nom]: event.currentTarget.value })}
            />
          ))}
          {DATES.map(([nom, libelle]) => (
            <TextInput
              key={nom}
              label={libelle}
              type="datetime-local"
              step={1}
              value={saisie[nom] ?? ''}
              onChange={(event) => setSaisie({ ...saisie, [nom]: event.currentTarget.value })}
            />
          ))}
        </SimpleGrid>
        <Group mt="sm">
          <Button type="submit">Filtrer</Button>
          <Button
            variant="default"
            onClick={() =>
              changer(
                Object.fromEntries(
                  [...TEXTES, ...DATES]
                    .map(([nom]) => [nom, null])
                    .concat([
                      ['apres', null],
                      ['pages', null],
                    ]),
                ),
              )
            }
          >
            Effacer les filtres
          </Button>
        </Group>
      </Paper>
      {error && <Erreur error={error} />}
      {loading && <Chargement />}
      {/* a page's number and rows come together: the previous page is not shown while the next one loads */}
      {data && !loading && (
        <>
          <BoutonsExport
            export="journal"
            libelle="le journal filtré"
            parametres={{
              userId: p.userId,
              organisationId: p.organisationId,
              types: p.types,
              streamId: p.flux,
              dossierId: p.dossierId,
              financeurId: p.financeurId,
              enregistreDepuis: p.depuis,
              enregistreAvant: avant,
              effectifDepuis: p.effectifDepuis,
              effectifAvant: p.effectifAvant,
            }}
          />
          <Text data-testid="page-journal">
            Page {formatEntier(page)} : {formatEntier(evenements.length)} événement(s)
            {data.journal.pageInfo.hasNextPage ? ', la suite sur la page suivante' : ', fin du journal pour ces filtres'}.
          </Text>
          <Tableau
            legende={`Journal, page ${page} (${PAGE} événements par page)`}
            lignes={evenements}
            cle={(evenement) => evenement.eventId}
            vide="Aucun événement pour ces filtres."
            colonnes={[
              { titre: 'Position', nombre: true, valeur: (evenement) => evenement.position },
              { titre: 'Enregistré le', valeur: (evenement) => formatDateHeure(evenement.enregistreLe) },
              {
                titre: 'Effectif le',
                valeur: (evenement) => (evenement.effectifLe && evenement.effectifLe !== evenement.enregistreLe ? formatDateHeure(evenement.effectifLe) : '—'),
              },
              {
                titre: 'Événement',
                valeur: (evenement) => (
                  <Stack gap={0}>
                    <Text size="sm">{evenement.libelle}</Text>
                    <Code>{evenement.type}</Code>
                  </Stack>
                ),
              },
              {
                titre: 'Flux',
                valeur: (evenement) => (
                  <Anchor component={Link} to={`/${session.tenant}/audit/historique/${encodeURIComponent(evenement.streamId)}`}>
                    {evenement.streamId} (rév. {evenement.revision})
                  </Anchor>
                ),
              },
              {
                titre: 'Auteur',
                valeur: (evenement) =>
                  `${evenement.acteur.userId} (${ROLES_ACTEURS[evenement.acteur.role] ?? evenement.acteur.role}${evenement.acteur.organisationId ? `, ${evenement.acteur.organisationId}` : ''})${evenement.source !== 'api' ? ` — ${evenement.source}` : ''}`,
              },
              { titre: 'Raison', valeur: (evenement) => evenement.reason ?? '—' },
            ]}
          />
          <Group>
            {p.apres && (
              <Button variant="default" onClick={() => changer({ apres: null, pages: null })}>
                Première page
              </Button>
            )}
            {data.journal.pageInfo.hasNextPage && (
              <Button variant="default" onClick={() => changer({ apres: data.journal.pageInfo.endCursor ?? null, pages: String(page + 1) })}>
                Page suivante
              </Button>
            )}
          </Group>
        </>
      )}
    </Stack>
  );
}

/** The earlier of two instants (ISO 8601), either may be missing. */
function anterieur(a: string | undefined, b: string | null): string | undefined {
  if (!a) return b ?? undefined;
  if (!b) return a;
  return new Date(a).getTime() <= new Date(b).getTime() ? a : b;
}
