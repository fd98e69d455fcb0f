import { Anchor, Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { TitreEcran } from '../../app/Cadre';
import { useSession } from '../../auth/AuthContext';
import { graphql } from '../../gql';
import { useQuery } from '../../graphql/use-query';
import { avecAsOf, useAsOf } from '../../shared/as-of';
import { BoutonsExport } from '../../shared/BoutonsExport';
import { Chargement, Erreur } from '../../shared/Etats';
import { formatDate, formatEntier, formatMontant } from '../../shared/format';
import { DECISIONS } from '../../shared/libelles';
import { useParametres } from '../../shared/parametres';
import { Tableau } from '../../shared/Tableau';
import { BadgeStatut } from '../../shared/BadgeStatut';

const EspacePorteurQuery = graphql(`
  query EspacePorteur($annee: Int, $first: Int, $after: String, $asOf: DateTime) {
    espacePorteur(annee: $annee, first: $first, after: $after, asOf: $asOf) {
      porteur {
        id
        nom
      }
      annees {
        annee
        dossiers
        retenus
        demande
        vote
        verse
      }
      dossiers {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            annee
            titre
            statut
            deposeLe
            totaux {
              demande
              vote
              verse
            }
            decisions {
              type
              motif
              le
            }
          }
        }
      }
      conventions {
        id
        objet
        typeConvention
        anneeDebut
        anneeFin
        dateSignature
        totalEngage
      }
    }
  }
`);

const PAGE = 50;

/**
 * A porteur's own space (role porteur, its organisation only — the server forces it): its dossiers of every year
 * with their status and the amounts asked, voted and paid, the decisions taken on them, its conventions, and the
 * way to deposit a new dossier.
 */
export default function EspacePorteur() {
  const session = useSession();
  const { asOf } = useAsOf();
  const [p, changer] = useParametres<'annee' | 'apres'>();
  const annee = p.annee && /^\d{4}$/.test(p.annee) ? Number(p.annee) : null;
  const { data, error, loading } = useQuery(EspacePorteurQuery, { annee, first: PAGE, after: p.apres ?? null });
  const espace = data?.espacePorteur;
  const dossiers = espace?.dossiers.edges.map((edge) => edge.node) ?? [];
  const lien = (chemin: string) => avecAsOf(`/${session.tenant}/${chemin}`, asOf);

  return (
    <Stack gap="md">
      <TitreEcran
        actions={
          !asOf && (
            <Button component={Link} to={`/${session.tenant}/mes-dossiers/deposer`}>
              Déposer un dossier
            </Button>
          )
        }
      >
        Mes dossiers{espace?.porteur ? ` — ${espace.porteur.nom}` : ''}
      </TitreEcran>
      {error && <Erreur error={error} />}
      {loading && !data && <Chargement />}
      {espace && (
        <>
          <Tableau
            legende="Par année : dossiers déposés et retenus, montants demandés, votés et versés"
            lignes={espace.annees}
            cle={(ligne) => String(ligne.annee)}
            vide="Aucun dossier déposé pour l’instant."
            colonnes={[
              { titre: 'Année', valeur: (ligne) => ligne.annee },
              { titre: 'Dossiers', nombre: true, valeur: (ligne) => formatEntier(ligne.dossiers) },
              { titre: 'Retenus', nombre: true, valeur: (ligne) => formatEntier(ligne.retenus) },
              { titre: 'Demandé', nombre: true, valeur: (ligne) => formatMontant(ligne.demande) },
              { titre: 'Voté', nombre: true, valeur: (ligne) => formatMontant(ligne.vote) },
              { titre: 'Versé', nombre: true, valeur: (ligne) => formatMontant(ligne.verse) },
            ]}
          />
          <Group justify="space-between" align="end">
            <Stack gap={4}>
              <Text data-testid="nombre-dossiers">
                <b>{formatEntier(espace.dossiers.totalCount)}</b> dossier(s){annee ? ` en ${annee}` : ', toutes années'}
              </Text>
              <BoutonsExport export="dossiers" libelle="mes dossiers" parametres={{ annee: annee ? String(annee) : null }} />
            </Stack>
            <NativeSelect
              label="Année"
              data={[{ value: '', label: 'Toutes les années' }, ...espace.annees.map((ligne) => String(ligne.annee))]}
              value={annee ? String(annee) : ''}
              onChange={(event) => changer({ annee: event.currentTarget.value, apres: null })}
            />
          </Group>
          <Tableau
            legende="Mes dossiers : statut, montants et décisions"
            lignes={dossiers}
            cle={(dossier) => dossier.id}
            vide="Aucun dossier."
            colonnes={[
              {
                titre: 'Dossier',
                valeur: (dossier) => (
                  <Anchor component={Link} to={lien(`dossiers/${dossier.id}`)}>
                    {dossier.titre}
                  </Anchor>
                ),
              },
              { titre: 'Année', valeur: (dossier) => dossier.annee },
              {
                titre: 'Statut',
                valeur: (dossier) => <BadgeStatut statut={dossier.statut} />,
              },
              {
                titre: 'Décision',
                valeur: (dossier) => {
                  const derniere = dossier.decisions[dossier.decisions.length - 1];
                  return derniere
                    ? `${DECISIONS[derniere.type] ?? derniere.type} le ${formatDate(derniere.le)}${derniere.motif ? ` : ${derniere.motif}` : ''}`
                    : 'En attente';
                },
              },
              { titre: 'Demandé', nombre: true, valeur: (dossier) => formatMontant(dossier.totaux.demande) },
              { titre: 'Voté', nombre: true, valeur: (dossier) => formatMontant(dossier.totaux.vote) },
              { titre: 'Versé', nombre: true, valeur: (dossier) => formatMontant(dossier.totaux.verse) },
            ]}
          />
          <Group>
            {p.apres && (
              <Button variant="default" onClick={() => changer({ apres: null })}>
                Première page
              </Button>
            )}
            {espace.dossiers.pageInfo.hasNextPage && (
              <Button variant="default" onClick={() => changer({ apres: espace.dossiers.pageInfo.endCursor ?? null })}>
                Page suivante
              </Button>
            )}
          </Group>
          <Tableau
            legende="Mes conventions"
            lignes={espace.conventions}
            cle={(convention) => convention.id}
            vide="Aucune convention."
            colonnes={[
              { titre: 'Convention', valeur: (convention) => convention.objet || convention.id },
              { titre: 'Type', valeur: (convention) => (convention.typeConvention === 'pluriannuelle' ? 'Pluriannuelle' : 'Annuelle') },
              {
                titre: 'Années',
                valeur: (convention) =>
                  convention.anneeDebut === convention.anneeFin ? convention.anneeDebut : `${convention.anneeDebut}–${convention.anneeFin}`,
              },
              { titre: 'Signée le', valeur: (convention) => formatDate(convention.dateSignature) },
              { titre: 'Engagé', nombre: true, valeur: (convention) => formatMontant(convention.totalEngage) },
            ]}
          />
        </>
      )}
    </Stack>
  );
}
