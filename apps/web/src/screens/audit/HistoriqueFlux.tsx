import { Anchor, Badge, Card, Code, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { TitreEcran } from '../../app/Cadre';
import { useSession } from '../../auth/AuthContext';
import { graphql } from '../../gql';
import { useQuery } from '../../graphql/use-query';
import { avecAsOf, useAsOf } from '../../shared/as-of';
import { TableChangements } from '../../shared/Changements';
import { BoutonsExport } from '../../shared/BoutonsExport';
import { Chargement, Erreur } from '../../shared/Etats';
import { formatDateHeure } from '../../shared/format';
import { ROLES_ACTEURS } from '../../shared/libelles';

const HistoriqueFluxQuery = graphql(`
  query HistoriqueFlux($streamId: String!, $asOf: DateTime) {
    historique(streamId: $streamId, asOf: $asOf) {
      eventId
      libelle
      type
      revision
      position
      enregistreLe
      effectifLe
      reason
      source
      commandId
      correlationId
      causationId
      prevHash
      hash
      baseDuDiff
      acteur {
        userId
        role
        organisationId
      }
      changements {
        chemin
        nature
        avant
        apres
      }
    }
  }
`);

/** The stream a screen of the application is about: a dossier's or an appel's page. */
function ecranDuFlux(tenant: string, flux: string): string | null {
  const dossier = /^dossier-(.+)$/.exec(flux);
  if (dossier) return `/${tenant}/dossiers/${dossier[1]}`;
  const appel = /^appel-(\d{4})$/.exec(flux);
  return appel ? `/${tenant}/tableau-de-bord?annee=${appel[1]}` : null;
}

/**
 * The full historique of one stream (a dossier, an appel à projets, a comité…) for an auditor: every event with
 * its author, role, both times, reason, the command and correlation that caused it, its place in the hash chain,
 * and the fields it changed.
 */
export default function HistoriqueFlux() {
  const { flux = '' } = useParams();
  const session = useSession();
  const { asOf } = useAsOf();
  const { data, error, loading } = useQuery(HistoriqueFluxQuery, { streamId: flux });
  const ecran = ecranDuFlux(session.tenant, flux);
  return (
    <Stack gap="md">
      <TitreEcran
        actions={
          <Group>
            {ecran && (
              <Anchor component={Link} to={avecAsOf(ecran, asOf)}>
                Ouvrir l’objet
              </Anchor>
            )}
            <Anchor component={Link} to={avecAsOf(`/${session.tenant}/audit/journal?flux=${encodeURIComponent(flux)}`, asOf)}>
              Ce flux dans le journal
            </Anchor>
          </Group>
        }
      >
        Historique complet — {flux}
      </TitreEcran>
      {error && <Erreur error={error} />}
      {loading && !data && <Chargement />}
      <BoutonsExport export="journal" libelle="les événements de ce flux" parametres={{ streamId: flux }} />
      {data && data.historique.length === 0 && <Text>Aucun événement dans ce flux{asOf ? ' à cette date' : ''}.</Text>}
      {data?.historique.map((entree) => (
        <Card withBorder key={entree.eventId} data-testid="entree-historique" component="article" aria-label={`${entree.libelle}, révision ${entree.revision}`}>
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Text fw={700}>
              {entree.libelle} <Code>{entree.type}</Code>
            </Text>
            <Badge variant="light" tt="none">
              révision {entree.revision}, position {entree.position}
            </Badge>
          </Group>
          <Text size="sm">
            Par <b>{entree.acteur.userId}</b> ({ROLES_ACTEURS[entree.acteur.role] ?? entree.acteur.role}
            {entree.acteur.organisationId ? `, ${entree.acteur.organisationId}` : ''}) — enregistré le {formatDateHeure(entree.enregistreLe)}
            {entree.effectifLe && entree.effectifLe !== entree.enregistreLe ? `, effectif le ${formatDateHeure(entree.effectifLe)}` : ''} — source :{' '}
            {entree.source}
          </Text>
          {entree.reason && <Text size="sm">Raison : « {entree.reason} »</Text>}
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing={2} mt={4}>
            <Text size="xs" style={{ wordBreak: 'break-all' }}>
              Empreinte : <Code>{entree.hash}</Code>
            </Text>
            <Text size="xs" style={{ wordBreak: 'break-all' }}>
              Précédente : <Code>{entree.prevHash ?? 'aucune (début du flux)'}</Code>
            </Text>
            <Text size="xs">Commande : {entree.commandId ?? '—'}</Text>
            <Text size="xs">Corrélation : {entree.correlationId ?? '—'}</Text>
          </SimpleGrid>
          {entree.changements.length > 0 && (
            <TableChangements
              changements={entree.changements}
              legende={`${entree.baseDuDiff === 'state' ? 'Champs de l’objet modifiés' : 'Données de l’événement'}, révision ${entree.revision}`}
            />
          )}
        </Card>
      ))}
    </Stack>
  );
}
