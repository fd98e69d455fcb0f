import { Badge, Group, NativeSelect, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { TitreEcran } from '../../app/Cadre';
import { BoutonsExport, type ParametresExport } from '../../shared/BoutonsExport';
import { graphql } from '../../gql';
import type { RegleComptage } from '../../gql/graphql';
import { useQuery } from '../../graphql/use-query';
import { Chargement, Erreur } from '../../shared/Etats';
import { centimes, formatEntier, formatMontant, formatPart } from '../../shared/format';
import { Graphique } from '../../shared/Graphique';
import { CATEGORIES_FINANCEUR, ETAPES, LIBELLES_ETAPES, NATURES, NATURES_PORTEUR } from '../../shared/libelles';
import { useAnnee } from '../../shared/annee';
import { useParametres } from '../../shared/parametres';
import { Tableau, type Colonne } from '../../shared/Tableau';

const TableauDeBordQuery = graphql(`
  query TableauDeBord($annee: Int!, $asOf: DateTime, $regle: RegleComptage) {
    programmation(annee: $annee, asOf: $asOf, regleDeComptage: $regle) {
      annee
      regleComptage {
        id
        libelle
        description
      }
      comptes {
        deposes
        retenus
        nonRetenus
        ajournes
        abandonnes
        enInstruction
        projetsRetenus
        porteursDeposants
        porteursRetenus
        coutTotalDeposes
        coutTotalRetenus
      }
      parFinanceur {
        categorie
        nature
        lignes
        demande
        propose
        vote
        engage
        verse
        justifie
      }
      parPilier {
        ...Groupe
      }
      parThematique {
        ...Groupe
      }
      parQpv {
        ...Groupe
      }
      parPorteurKind {
        ...Groupe
      }
    }
    lignesFinancement(annee: $annee, asOf: $asOf) {
      financeurId
      financeurNom
      vote
      enveloppe
      consomme
      disponible
      depassement
    }
  }
  fragment Groupe on ProgrammationGroupe {
    cle
    libelle
    projets
    dossiers
    porteursDistincts
    coutTotal
    demande {
      total
    }
    vote {
      total
      creditsSpecifiques
      droitCommun
    }
  }
`);

const REGLES: Array<{ value: RegleComptage; label: string }> = [
  { value: 'dossier', label: 'Un dossier = une action' },
  { value: 'action_declaree', label: 'Actions déclarées (lignes groupées comptées pour leurs actions)' },
  { value: 'dossier_credits_specifiques', label: 'Dossiers financés par les crédits spécifiques' },
];

type Groupe = {
  cle?: string | null;
  libelle: string;
  projets: number;
  dossiers: number;
  porteursDistincts: number;
  coutTotal: string;
  demande: { total: string };
  vote: { total: string; creditsSpecifiques: string; droitCommun: string };
};

/** The year's programmation as the comité and the élus read it: counts, money by financeur and stage, groups, envelopes. */
export default function TableauDeBord() {
  const [parametres, changer] = useParametres<'annee' | 'regle'>();
  const { annee, annees } = useAnnee(parametres.annee);
  const regle = (REGLES.find((candidate) => candidate.value === parametres.regle)?.value ?? 'dossier') as RegleComptage;
  const { data, error, loading } = useQuery(TableauDeBordQuery, { annee: annee ?? 0, regle }, { skip: annee === null });

  const financeurs = data?.programmation.parFinanceur ?? [];
  const totalVote = financeurs.reduce((sum, ligne) => sum + centimes(ligne.vote), 0);
  const graphiqueFinanceurs = useMemo(
    () => ({
      categories: financeurs.map((ligne) => `${CATEGORIES_FINANCEUR[ligne.categorie] ?? ligne.categorie} (${NATURES[ligne.nature] ?? ligne.nature})`),
      series: ETAPES.map((etape) => ({ nom: LIBELLES_ETAPES[etape], valeurs: financeurs.map((ligne) => centimes(ligne[etape])) })),
    }),
    [financeurs],
  );
  const piliers = data?.programmation.parPilier ?? [];
  const graphiquePiliers = useMemo(
    () => ({
      categories: piliers.map((groupe) => groupe.libelle),
      series: [
        { nom: 'Demandé', valeurs: piliers.map((groupe) => centimes(groupe.demande.total)) },
        { nom: 'Voté', valeurs: piliers.map((groupe) => centimes(groupe.vote.total)) },
      ],
    }),
    [piliers],
  );

  return (
    <Stack gap="lg">
      <TitreEcran
        actions={
          <Group gap="sm">
            <NativeSelect label="Année" data={annees.map(String)} value={String(annee)} onChange={(event) => changer({ annee: event.currentTarget.value })} />
            <NativeSelect label="Règle de comptage" data={REGLES} value={regle} onChange={(event) => changer({ regle: event.currentTarget.value })} />
          </Group>
        }
      >
        Tableau de bord {annee ?? ''}
      </TitreEcran>
      {error && <Erreur error={error} />}
      {loading && !data && <Chargement />}
      {data && (
        <>
          <Paper withBorder p="sm">
            <Text size="sm">
              <b>Règle de comptage : {data.programmation.regleComptage.libelle}.</b> {data.programmation.regleComptage.description}
            </Text>
          </Paper>
          <Group gap="lg" wrap="wrap">
            <BoutonsExport
              export="programmation"
              titre="Exporter tous les tableaux (un onglet chacun)"
              libelle={`tous les tableaux de la programmation ${annee}`}
              parametres={{ annee, regleDeComptage: regle }}
              formats={['xlsx']}
            />
            <BoutonsExport
              export="programmation"
              titre="les comptes"
              libelle={`les comptes de la programmation ${annee}`}
              parametres={{ annee, regleDeComptage: regle, tableau: 'comptes' }}
            />
          </Group>
          <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm" data-testid="comptes">
            <Chiffre libelle="Déposés" valeur={data.programmation.comptes.deposes} />
            <Chiffre libelle="Retenus" valeur={data.programmation.comptes.retenus} />
            <Chiffre libelle="Non retenus" valeur={data.programmation.comptes.nonRetenus} />
            <Chiffre libelle="Ajournés" valeur={data.programmation.comptes.ajournes} />
            <Chiffre libelle="Porteurs distincts (déposants)" valeur={data.programmation.comptes.porteursDeposants} />
            <Chiffre libelle="Porteurs distincts (retenus)" valeur={data.programmation.comptes.porteursRetenus} />
          </SimpleGrid>

          <Stack gap="xs">
            <Title order={2} size="h3">
              Financements par financeur et par nature
            </Title>
            <Graphique titre="montants par financeur, de la demande à la justification" {...graphiqueFinanceurs} />
            <BoutonsExport
              export="programmation"
              libelle={`les financements ${annee} par catégorie de financeur et nature`}
              parametres={{ annee, regleDeComptage: regle, tableau: 'parFinanceur' }}
            />
            <Tableau
              legende={`Financements ${annee} par catégorie de financeur et nature — part de chacun dans le voté`}
              lignes={financeurs}
              cle={(ligne) => `${ligne.categorie}:${ligne.nature}`}
              colonnes={[
                { titre: 'Financeur', valeur: (ligne) => CATEGORIES_FINANCEUR[ligne.categorie] ?? ligne.categorie },
                { titre: 'Nature', valeur: (ligne) => NATURES[ligne.nature] ?? ligne.nature },
                ...ETAPES.map((etape) => ({
                  titre: LIBELLES_ETAPES[etape],
                  nombre: true,
                  valeur: (ligne: (typeof financeurs)[number]) => formatMontant(ligne[etape]),
                })),
                { titre: 'Part du voté', nombre: true, valeur: (ligne) => formatPart(centimes(ligne.vote), totalVote) },
              ]}
              total={[
                'Total',
                '',
                ...ETAPES.map((etape) => formatMontant(financeurs.reduce((sum, ligne) => sum + centimes(ligne[etape]), 0))),
                formatPart(totalVote, totalVote),
              ]}
            />
          </Stack>

          <Stack gap="xs">
            <Title order={2} size="h3">
              Par pilier
            </Title>
            <Graphique titre="demandé et voté par pilier" {...graphiquePiliers} hauteur={240} />
            <TableauGroupes
              legende={`Programmation ${annee} par pilier`}
              groupes={piliers}
              export={{ libelle: `la programmation ${annee} par pilier`, parametres: { annee, regleDeComptage: regle, tableau: 'parPilier' } }}
            />
          </Stack>
          <TableauGroupes
            legende={`Programmation ${annee} par thématique`}
            groupes={data.programmation.parThematique}
            titre="Par thématique"
            export={{ libelle: `la programmation ${annee} par thématique`, parametres: { annee, regleDeComptage: regle, tableau: 'parThematique' } }}
          />
          <TableauGroupes
            legende={`Programmation ${annee} par quartier (un dossier qui vise plusieurs QPV compte dans chacun : ces lignes ne s’additionnent pas)`}
            groupes={data.programmation.parQpv}
            titre="Par quartier prioritaire"
            export={{ libelle: `la programmation ${annee} par quartier prioritaire`, parametres: { annee, regleDeComptage: regle, tableau: 'parQpv' } }}
          />
          <TableauGroupes
            legende={`Programmation ${annee} par nature de porteur`}
            groupes={data.programmation.parPorteurKind}
            titre="Par nature de porteur"
            export={{ libelle: `la programmation ${annee} par nature de porteur`, parametres: { annee, regleDeComptage: regle, tableau: 'parPorteurKind' } }}
          />

          <Stack gap="xs">
            <Title order={2} size="h3">
              Consommation des enveloppes
            </Title>
            <BoutonsExport export="grand-livre" libelle={`les grands livres ${annee} des financeurs (enveloppes consommées)`} parametres={{ annee }} />
            <Tableau
              legende={`Enveloppes ${annee} par financeur : ce que les votes consomment`}
              lignes={data.lignesFinancement}
              cle={(ligne) => ligne.financeurId}
              colonnes={[
                { titre: 'Financeur', valeur: (ligne) => ligne.financeurNom },
                { titre: 'Enveloppe', nombre: true, valeur: (ligne) => (ligne.enveloppe ? formatMontant(ligne.enveloppe) : 'non fixée') },
                { titre: 'Consommé', nombre: true, valeur: (ligne) => formatMontant(ligne.consomme) },
                { titre: 'Disponible', nombre: true, valeur: (ligne) => (ligne.disponible ? formatMontant(ligne.disponible) : '—') },
                {
                  titre: 'Consommation',
                  valeur: (ligne) =>
                    ligne.enveloppe ? (
                      <Group gap={6} wrap="nowrap">
                        <Progress
                          w={120}
                          value={Math.min(100, (100 * centimes(ligne.consomme)) / Math.max(1, centimes(ligne.enveloppe)))}
                          color={ligne.depassement ? 'red' : 'marine'}
                          aria-label={`Consommation de l’enveloppe de ${ligne.financeurNom}`}
                        />
                        <Text size="sm">{formatPart(centimes(ligne.consomme), centimes(ligne.enveloppe))}</Text>
                        {ligne.depassement && (
                          <Badge color="red.9" variant="filled">
                            Dépassement
                          </Badge>
                        )}
                      </Group>
                    ) : (
                      '—'
                    ),
                },
              ]}
            />
          </Stack>
        </>
      )}
    </Stack>
  );
}

function Chiffre({ libelle, valeur }: { libelle: string; valeur: number }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="sm" c="dimmed">
        {libelle}
      </Text>
      <Text fw={700} size="xl" data-testid={`compte-${libelle}`}>
        {formatEntier(valeur)}
      </Text>
    </Paper>
  );
}

function TableauGroupes({
  legende,
  groupes,
  titre,
  export: exporter,
}: {
  legende: string;
  groupes: Groupe[];
  titre?: string;
  export: { libelle: string; parametres: ParametresExport };
}) {
  const colonnes: Colonne<Groupe>[] = [
    { titre: 'Groupe', valeur: (groupe) => NATURES_PORTEUR[groupe.libelle] ?? groupe.libelle },
    { titre: 'Projets', nombre: true, valeur: (groupe) => formatEntier(groupe.projets) },
    { titre: 'Porteurs distincts', nombre: true, valeur: (groupe) => formatEntier(groupe.porteursDistincts) },
    { titre: 'Coût total', nombre: true, valeur: (groupe) => formatMontant(groupe.coutTotal) },
    { titre: 'Demandé', nombre: true, valeur: (groupe) => formatMontant(groupe.demande.total) },
    { titre: 'Voté', nombre: true, valeur: (groupe) => formatMontant(groupe.vote.total) },
    { titre: 'dont crédits spécifiques', nombre: true, valeur: (groupe) => formatMontant(groupe.vote.creditsSpecifiques) },
  ];
  return (
    <Stack gap="xs">
      {titre && (
        <Title order={2} size="h3">
          {titre}
        </Title>
      )}
      <BoutonsExport export="programmation" libelle={exporter.libelle} parametres={exporter.parametres} />
      <Tableau legende={legende} lignes={groupes} cle={(groupe) => groupe.cle ?? 'aucun'} colonnes={colonnes} />
    </Stack>
  );
}
