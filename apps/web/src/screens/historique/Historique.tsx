import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { TitreEcran } from '../../app/Cadre';
import { useSession } from '../../auth/AuthContext';
import { graphql } from '../../gql';
import { useQuery } from '../../graphql/use-query';
import { avecAsOf, useAsOf } from '../../shared/as-of';
import { TableChangements } from '../../shared/Changements';
import { Chargement, Erreur } from '../../shared/Etats';
import { formatDateHeure } from '../../shared/format';
import { ROLES_ACTEURS } from '../../shared/libelles';

const HistoriqueQuery = graphql(`
  query HistoriqueDossier($streamId: String!, $id: String!, $asOf: DateTime) {
    dossier(id: $id, asOf: $asOf) {
      titre
    }
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

/** Who did what to a dossier, when (recorded and business time), why, and which fields changed. */
export default function Historique() {
  const { id = '' } = useParams();
  const session = useSession();
  const { asOf } = useAsOf();
  const { data, error, loading } = useQuery(HistoriqueQuery, { id, streamId: `dossier-${id}` });
  return (
    <Stack gap="md">
      <TitreEcran
        actions={
          <Anchor component={Link} to={avecAsOf(`/${session.tenant}/dossiers/${id}`, asOf)}>
            Retour au dossier
          </Anchor>
        }
      >
        Historique{data ? ` — ${data.dossier.titre}` : ''}
      </TitreEcran>
      {error && <Erreur error={error} />}
      {loading && !data && <Chargement />}
      {data?.historique.map((entree) => (
        <Card withBorder key={entree.eventId} data-testid="entree-historique" component="article" aria-label={`${entree.libelle}, révision ${entree.revision}`}>
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Text fw={700}>{entree.libelle}</Text>
            <Badge variant="light" tt="none">
              révision {entree.revision}
            </Badge>
          </Group>
          <Text size="sm">
            Par <b>{entree.acteur.userId}</b> ({ROLES_ACTEURS[entree.acteur.role] ?? entree.acteur.role}
            {entree.acteur.organisationId ? `, ${entree.acteur.organisationId}` : ''}) — enregistré le {formatDateHeure(entree.enregistreLe)}
            {entree.effectifLe && entree.effectifLe !== entree.enregistreLe ? `, effectif le ${formatDateHeure(entree.effectifLe)}` : ''}
            {entree.source !== 'api' ? ` — source : ${entree.source}` : ''}
          </Text>
          {entree.reason && (
            <Text size="sm" mt={4}>
              Raison : « {entree.reason} »
            </Text>
          )}
          {entree.changements.length > 0 && <TableChangements changements={entree.changements} legende="Champs modifiés" />}
        </Card>
      ))}
    </Stack>
  );
}
