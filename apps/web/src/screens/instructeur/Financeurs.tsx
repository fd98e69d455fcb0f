import { Anchor, Badge, Card, Group, NativeSelect, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { TitreEcran } from '../../app/Cadre';
import { useSession } from '../../auth/AuthContext';
import { graphql } from '../../gql';
import { useQuery } from '../../graphql/use-query';
import { useAnnee } from '../../shared/annee';
import { avecAsOf, useAsOf } from '../../shared/as-of';
import { BoutonsExport } from '../../shared/BoutonsExport';
import { Chargement, Erreur } from '../../shared/Etats';
import { centimes, formatEntier, formatMontant, formatPart } from '../../shared/format';
import { ETAPES, LIBELLES_ETAPES } from '../../shared/libelles';
import { useParametres } from '../../shared/parametres';

const FinanceursQuery = graphql(`
  query Financeurs($annee: Int!, $financeur: String, $asOf: DateTime) {
    lignesFinancement(annee: $annee, financeur: $financeur, asOf: $asOf) {
      financeurId
      financeurNom
      lignes
      lignesVotees
      lignesRefusees
      dossiers
      demande
      propose
      vote
      engage
      verse
      justifie
      enveloppe
      consomme
      disponible
      depassement
    }
  }
`);

/**
 * Financeur ledgers of a year: demandé → justifié, and the envelope gauge. An instructeur sees its organisation's
 * own ledger, with a link to its dossiers (it acts on its own lines only: the dossier screen offers only those).
 */
export default function Financeurs() {
  const session = useSession();
  const { asOf } = useAsOf();
  const [p, changer] = useParametres<'annee'>();
  const { annee, annees } = useAnnee(p.annee);
  const financeur = session.role === 'instructeur' ? session.organisationId : null;
  const { data, error, loading } = useQuery(FinanceursQuery, { annee: annee ?? 0, financeur }, { skip: annee === null });
  return (
    <Stack gap="md">
      <TitreEcran
        actions={
          <NativeSelect
            label="Année"
            data={annees.map(String)}
            value={annee ? String(annee) : ''}
            onChange={(event) => changer({ annee: event.currentTarget.value })}
          />
        }
      >
        {financeur ? 'Mon organisation' : 'Financeurs'} {annee ?? ''}
      </TitreEcran>
      {error && <Erreur error={error} />}
      {loading && !data && <Chargement />}
      {data && (
        <Group gap="lg" wrap="wrap" role="group" aria-label="Exports des grands livres">
          <BoutonsExport
            export="grand-livre"
            titre={financeur ? 'Exporter le grand livre' : 'Exporter les grands livres'}
            libelle={financeur ? `le grand livre ${annee} de mon organisation` : `les grands livres ${annee} des financeurs`}
            parametres={{ annee, financeur }}
          />
          <BoutonsExport
            export="lignes-financement"
            titre={financeur ? 'ses lignes de financement' : 'leurs lignes de financement'}
            libelle={financeur ? `les lignes de financement ${annee} de mon organisation` : `les lignes de financement ${annee}`}
            parametres={{ annee, financeur }}
          />
          <BoutonsExport
            export="versements"
            titre={financeur ? 'ses versements' : 'leurs versements'}
            libelle={financeur ? `les versements ${annee} de mon organisation` : `les versements ${annee}`}
            parametres={{ annee, financeur }}
          />
        </Group>
      )}
      {data && data.lignesFinancement.length === 0 && <Text>Aucune ligne de financement pour {annee}.</Text>}
      <SimpleGrid cols={{ base: 1, md: financeur ? 1 : 2 }}>
        {data?.lignesFinancement.map((ledger) => (
          <Card withBorder key={ledger.financeurId} component="section" aria-label={`Grand livre de ${ledger.financeurNom}`}>
            <Group justify="space-between">
              <Title order={2} size="h4">
                {ledger.financeurNom}
              </Title>
              {ledger.depassement && <Badge color="red.9">Enveloppe dépassée</Badge>}
            </Group>
            <Text size="sm">
              {formatEntier(ledger.dossiers)} dossier(s), {formatEntier(ledger.lignes)} ligne(s) dont {formatEntier(ledger.lignesVotees)} votée(s) et{' '}
              {formatEntier(ledger.lignesRefusees)} refusée(s)
            </Text>
            <SimpleGrid cols={{ base: 2, sm: 5 }} mt="xs" spacing="xs">
              {ETAPES.map((etape) => (
                <div key={etape}>
                  <Text size="xs" c="dimmed">
                    {LIBELLES_ETAPES[etape]}
                  </Text>
                  <Text fw={600}>{formatMontant(ledger[etape])}</Text>
                </div>
              ))}
            </SimpleGrid>
            {ledger.enveloppe ? (
              <Stack gap={4} mt="sm">
                <Text size="sm">
                  Enveloppe {formatMontant(ledger.enveloppe)} : consommé {formatMontant(ledger.consomme)} (
                  {formatPart(centimes(ledger.consomme), centimes(ledger.enveloppe))}), disponible {formatMontant(ledger.disponible)}
                </Text>
                <Progress
                  value={Math.min(100, (100 * centimes(ledger.consomme)) / Math.max(1, centimes(ledger.enveloppe)))}
                  color={ledger.depassement ? 'red' : 'marine'}
                  aria-label={`Consommation de l’enveloppe de ${ledger.financeurNom}`}
                />
              </Stack>
            ) : (
              <Text size="sm" mt="sm">
                Pas d’enveloppe fixée pour {annee}.
              </Text>
            )}
            <Anchor component={Link} mt="sm" to={avecAsOf(`/${session.tenant}/dossiers?annee=${annee}&financeur=${ledger.financeurId}`, asOf)}>
              Voir les dossiers de ce financeur
            </Anchor>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
