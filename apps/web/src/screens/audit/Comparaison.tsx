import { Anchor, Button, Card, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { TitreEcran } from '../../app/Cadre';
import { useSession } from '../../auth/AuthContext';
import { graphql } from '../../gql';
import { useQuery } from '../../graphql/use-query';
import { useAnnee } from '../../shared/annee';
import { TableChangements } from '../../shared/Changements';
import { BoutonsExport } from '../../shared/BoutonsExport';
import { Chargement, Erreur } from '../../shared/Etats';
import { centimes, formatDateHeure, formatEntier, formatInstant, formatMontant } from '../../shared/format';
import { instantVersSaisie, saisieVersInstant } from '../../shared/instants';
import { CATEGORIES_FINANCEUR, LIBELLES_ETAPES, NATURES, ROLES_ACTEURS } from '../../shared/libelles';
import { useParametres } from '../../shared/parametres';
import { Tableau } from '../../shared/Tableau';

// what both instants show (the fragment is sent with the query: the generated document carries it)
graphql(`
  fragment ChiffresCompares on Programmation {
    comptes {
      deposes
      retenus
      nonRetenus
      ajournes
      abandonnes
      enInstruction
      porteursDeposants
      coutTotalRetenus
    }
    parFinanceur {
      categorie
      nature
      demande
      vote
      engage
      verse
      justifie
    }
  }
`);

const ComparaisonQuery = graphql(`
  query ComparaisonProgrammation($annee: Int!, $depuis: DateTime!, $jusqua: DateTime!) {
    avant: programmation(annee: $annee, asOf: $depuis) {
      ...ChiffresCompares
    }
    apres: programmation(annee: $annee, asOf: $jusqua) {
      ...ChiffresCompares
    }
    diffProgrammation(annee: $annee, depuis: $depuis, jusqua: $jusqua) {
      depuis
      jusqua
      dossiersModifies
      changements {
        eventId
        libelle
        type
        streamId
        revision
        enregistreLe
        effectifLe
        reason
        dossierId
        titre
        acteur {
          userId
          role
          organisationId
        }
        changements {
          chemin
          avant
          apres
        }
      }
    }
  }
`);

type Parametre = 'annee' | 'depuis' | 'jusqua';
const COMPTES: Array<[string, string]> = [
  ['deposes', 'Dossiers déposés'],
  ['enInstruction', 'En instruction'],
  ['retenus', 'Retenus'],
  ['nonRetenus', 'Non retenus'],
  ['ajournes', 'Ajournés'],
  ['abandonnes', 'Abandonnés'],
  ['porteursDeposants', 'Porteurs distincts (déposants)'],
];
const ETAPES = ['demande', 'vote', 'engage', 'verse', 'justifie'] as const;

const ecart = (avant: number, apres: number, montant = false) => {
  const difference = apres - avant;
  if (difference === 0) return '=';
  return `${difference > 0 ? '+' : '−'}${montant ? formatMontant(Math.abs(difference)) : formatEntier(Math.abs(difference))}`;
};

/**
 * A year's programmation compared between two instants (as the platform knew it then): the figures before and
 * after, and every change recorded in between with its author and reason (`diffProgrammation`).
 */
export default function Comparaison() {
  const session = useSession();
  const [p, changer] = useParametres<Parametre>();
  const { annee, annees } = useAnnee(p.annee);
  const [saisie, setSaisie] = useState({ depuis: instantVersSaisie(p.depuis), jusqua: instantVersSaisie(p.jusqua) });
  useEffect(() => setSaisie({ depuis: instantVersSaisie(p.depuis), jusqua: instantVersSaisie(p.jusqua) }), [p.depuis, p.jusqua]);
  const pret = annee !== null && Boolean(p.depuis) && Boolean(p.jusqua);
  const { data, error, loading } = useQuery(ComparaisonQuery, { annee: annee ?? 0, depuis: p.depuis ?? '', jusqua: p.jusqua ?? '' }, { skip: !pret });

  const totaux = (lignes: ReadonlyArray<Record<(typeof ETAPES)[number], string>>) =>
    Object.fromEntries(ETAPES.map((etape) => [etape, lignes.reduce((somme, ligne) => somme + centimes(ligne[etape]), 0)])) as Record<
      (typeof ETAPES)[number],
      number
    >;

  return (
    <Stack gap="md">
      <TitreEcran>Comparer la programmation entre deux dates</TitreEcran>
      <Paper
        withBorder
        p="sm"
        component="form"
        aria-label="Année et instants comparés"
        onSubmit={(event) => {
          event.preventDefault();
          changer({ depuis: saisieVersInstant(saisie.depuis), jusqua: saisieVersInstant(saisie.jusqua) });
        }}
      >
        <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="sm">
          <NativeSelect
            label="Année"
            data={annees.map(String)}
            value={annee ? String(annee) : ''}
            onChange={(event) => changer({ annee: event.currentTarget.value })}
          />
          <TextInput
            label="Avant : tel que connu le"
            type="datetime-local"
            step={1}
            required
            value={saisie.depuis}
            onChange={(event) => setSaisie({ ...saisie, depuis: event.currentTarget.value })}
          />
          <TextInput
            label="Après : tel que connu le"
            type="datetime-local"
            step={1}
            required
            value={saisie.jusqua}
            onChange={(event) => setSaisie({ ...saisie, jusqua: event.currentTarget.value })}
          />
          <Group align="end">
            <Button type="submit">Comparer</Button>
          </Group>
        </SimpleGrid>
      </Paper>
      {!pret && <Text>Choisissez l’année et les deux instants à comparer (date et heure, heure de Paris).</Text>}
      {error && <Erreur error={error} />}
      {pret && loading && !data && <Chargement />}
      {data && (
        <>
          <Group gap="lg">
            <Group gap="xs">
              <Text size="sm">La programmation avant :</Text>
              <BoutonsExport
                export="programmation"
                libelle="la programmation avant"
                parametres={{ annee: String(annee), asOf: p.depuis, tableau: 'parFinanceur' }}
              />
            </Group>
            <Group gap="xs">
              <Text size="sm">après :</Text>
              <BoutonsExport
                export="programmation"
                libelle="la programmation après"
                parametres={{ annee: String(annee), asOf: p.jusqua, tableau: 'parFinanceur' }}
              />
            </Group>
            <Anchor component={Link} to={`/${session.tenant}/audit/historique/appel-${annee}`} size="sm">
              Historique de l’appel à projets {annee}
            </Anchor>
          </Group>
          <Text data-testid="resume-comparaison">
            Entre le {formatInstant(data.diffProgrammation.depuis)} et le {formatInstant(data.diffProgrammation.jusqua)} :{' '}
            <b>{formatEntier(data.diffProgrammation.changements.length)}</b> changement(s) sur <b>{formatEntier(data.diffProgrammation.dossiersModifies)}</b>{' '}
            dossier(s).
          </Text>
          <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="md">
            <Tableau
              legende={`Dossiers ${annee} : avant, après, écart`}
              lignes={COMPTES}
              cle={([cle]) => cle}
              colonnes={[
                { titre: 'Compte', valeur: ([, libelle]) => libelle },
                { titre: 'Avant', nombre: true, valeur: ([cle]) => formatEntier(Number(data.avant.comptes[cle as keyof typeof data.avant.comptes])) },
                { titre: 'Après', nombre: true, valeur: ([cle]) => formatEntier(Number(data.apres.comptes[cle as keyof typeof data.apres.comptes])) },
                {
                  titre: 'Écart',
                  nombre: true,
                  valeur: ([cle]) =>
                    ecart(
                      Number(data.avant.comptes[cle as keyof typeof data.avant.comptes]),
                      Number(data.apres.comptes[cle as keyof typeof data.apres.comptes]),
                    ),
                },
              ]}
            />
            <Tableau
              legende={`Montants ${annee}, tous financeurs : avant, après, écart`}
              lignes={[...ETAPES]}
              cle={(etape) => etape}
              colonnes={[
                { titre: 'Étape', valeur: (etape) => LIBELLES_ETAPES[etape] },
                { titre: 'Avant', nombre: true, valeur: (etape) => formatMontant(totaux(data.avant.parFinanceur)[etape]) },
                { titre: 'Après', nombre: true, valeur: (etape) => formatMontant(totaux(data.apres.parFinanceur)[etape]) },
                {
                  titre: 'Écart',
                  nombre: true,
                  valeur: (etape) => ecart(totaux(data.avant.parFinanceur)[etape], totaux(data.apres.parFinanceur)[etape], true),
                },
              ]}
            />
          </SimpleGrid>
          <Tableau
            legende="Montants votés par catégorie de financeur : avant, après"
            lignes={data.apres.parFinanceur}
            cle={(ligne) => `${ligne.categorie}-${ligne.nature}`}
            colonnes={[
              { titre: 'Financeur', valeur: (ligne) => `${CATEGORIES_FINANCEUR[ligne.categorie] ?? ligne.categorie} — ${NATURES[ligne.nature]}` },
              {
                titre: 'Voté avant',
                nombre: true,
                valeur: (ligne) =>
                  formatMontant(data.avant.parFinanceur.find((autre) => autre.categorie === ligne.categorie && autre.nature === ligne.nature)?.vote ?? '0'),
              },
              { titre: 'Voté après', nombre: true, valeur: (ligne) => formatMontant(ligne.vote) },
            ]}
          />
          <Title order={2} size="h3">
            Les changements, dans l’ordre où ils ont été enregistrés
          </Title>
          {data.diffProgrammation.changements.length === 0 && <Text>Rien n’a changé entre ces deux instants.</Text>}
          {data.diffProgrammation.changements.map((changement) => (
            <Card
              withBorder
              key={changement.eventId}
              component="article"
              aria-label={`${changement.libelle} — ${changement.titre ?? changement.streamId}`}
              data-testid="changement"
            >
              <Group justify="space-between" wrap="wrap">
                <Text fw={700}>
                  {changement.libelle} —{' '}
                  {changement.dossierId ? (
                    <Anchor component={Link} to={`/${session.tenant}/dossiers/${changement.dossierId}`}>
                      {changement.titre ?? changement.dossierId}
                    </Anchor>
                  ) : (
                    changement.streamId
                  )}
                </Text>
                <Anchor component={Link} to={`/${session.tenant}/audit/historique/${encodeURIComponent(changement.streamId)}`} size="sm">
                  Historique du flux
                </Anchor>
              </Group>
              <Text size="sm">
                Par <b>{changement.acteur.userId}</b> ({ROLES_ACTEURS[changement.acteur.role] ?? changement.acteur.role}
                {changement.acteur.organisationId ? `, ${changement.acteur.organisationId}` : ''}) le {formatDateHeure(changement.enregistreLe)}
                {changement.effectifLe && changement.effectifLe !== changement.enregistreLe ? `, effectif le ${formatDateHeure(changement.effectifLe)}` : ''}
              </Text>
              <Text size="sm">Raison : {changement.reason ? `« ${changement.reason} »` : 'non donnée'}</Text>
              {changement.changements.length > 0 && (
                <TableChangements changements={changement.changements} legende={`Champs modifiés par ${changement.libelle}`} />
              )}
            </Card>
          ))}
        </>
      )}
    </Stack>
  );
}
