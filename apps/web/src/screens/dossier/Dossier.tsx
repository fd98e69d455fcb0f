import { Anchor, Badge, Button, Card, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { TitreEcran } from '../../app/Cadre';
import { useSession } from '../../auth/AuthContext';
import { graphql } from '../../gql';
import { useQuery } from '../../graphql/use-query';
import { avecAsOf, useAsOf } from '../../shared/as-of';
import { Chargement, Erreur } from '../../shared/Etats';
import { formatDate, formatDateHeure, formatEntier, formatMontant, montantVersSaisie } from '../../shared/format';
import { AVIS, CATEGORIES_FINANCEUR, DECISIONS, NATURES, STATUTS_LIGNE } from '../../shared/libelles';
import { Tableau } from '../../shared/Tableau';
import { PiecesDossier } from '../pieces/PiecesDossier';
import { FormulaireBilan } from '../porteur/FormulaireBilan';
import { COMMANDES } from './commandes';
import { FormulaireCommande } from './FormulaireCommande';
import { BadgeStatut } from '../../shared/BadgeStatut';

const DossierQuery = graphql(`
  query Dossier($id: String!, $asOf: DateTime) {
    dossier(id: $id, asOf: $asOf) {
      id
      annee
      titre
      description
      statut
      decision
      revision
      referenceExterne
      porteur {
        id
        nom
        kind
      }
      coutTotal
      depensesEligibles
      nombreActions
      dateDebut
      dateFin
      deposeLe
      modifieLe
      depotTardif
      publics
      intercommunal
      pilier {
        libelle
      }
      orientation {
        libelle
      }
      objectif {
        libelle
      }
      thematique {
        libelle
      }
      communes {
        codeInsee
        nom
      }
      qpv {
        code
        nom
      }
      serie {
        id
        rang
      }
      lignes {
        id
        financeurId
        financeurNom
        categorie
        nature
        statut
        demande
        propose
        vote
        engage
        verse
        justifie
        numeroEngagementJuridique
        avertissements {
          message
        }
      }
      totaux {
        demande
        vote
        engage
        verse
        justifie
      }
      avis {
        auteurNom
        avis
        commentaire
        ligneId
        emisLe
      }
      decisions {
        type
        comiteId
        motif
        anneeReport
        le
      }
      convention {
        conventionId
        typeConvention
        numeroEngagementJuridique
      }
      versements {
        versementId
        ligneId
        type
        montant
        date
      }
      bilan {
        coutRealise
        recit
        deposeLe
        beneficiaires {
          total
          femmes
          hommes
          residentsQpv
        }
      }
      corrections {
        ligneId
        etape
        avant
        apres
        reason
        corrigeLe
      }
      commandesPermises {
        mutation
        ligneId
        raisonRequise
      }
    }
  }
`);

type Permise = { mutation: string; ligneId?: string | null; raisonRequise: boolean };

/** Commands with a form of their own (not a list of fields): their button's label. */
const FORMULAIRES_DEDIES: Record<string, string> = { deposerBilan: 'Déposer le bilan' };
const libelleCommande = (mutation: string) => COMMANDES[mutation]?.libelle ?? FORMULAIRES_DEDIES[mutation];

/** One dossier: every field, its lines, avis, decisions, money, bilan; and the commands the signed-in role may send now. */
export default function Dossier() {
  const { id = '' } = useParams();
  const session = useSession();
  const { asOf } = useAsOf();
  const { data, error, loading, refetch } = useQuery(DossierQuery, { id });
  const [ouverte, setOuverte] = useState<Permise | null>(null);
  // a screen that sent here says what it did (the porteur's deposit)
  const etatNavigation = useLocation().state as { message?: string } | null;
  const [message, setMessage] = useState<string | null>(etatNavigation?.message ?? null);
  if (error && !data) return <Erreur error={error} />;
  if (loading && !data) return <Chargement />;
  if (!data) return null;
  const dossier = data.dossier;
  const permises = dossier.commandesPermises.filter((permise) => libelleCommande(permise.mutation));
  const prefill = (permise: Permise): Record<string, string> => {
    const ligne = dossier.lignes.find((candidate) => candidate.id === permise.ligneId);
    if (!ligne) return permise.mutation === 'ajournerDossier' ? { anneeReport: String(dossier.annee + 1) } : {};
    const montants: Record<string, string | null | undefined> = {
      proposerFinancement: ligne.demande,
      voterFinancement: ligne.propose && ligne.propose !== '0.00' ? ligne.propose : ligne.demande,
      engagerFinancement: ligne.vote,
      justifierFinancement: ligne.verse,
    };
    return montants[permise.mutation] ? { montant: montantVersSaisie(montants[permise.mutation]) } : {};
  };
  const formulaire = (permise: Permise) =>
    ouverte && ouverte.mutation === permise.mutation && (ouverte.ligneId ?? null) === (permise.ligneId ?? null) ? (
      <Paper withBorder p="md" mt="xs" key={`form-${permise.mutation}-${permise.ligneId ?? ''}`}>
        {permise.mutation === 'deposerBilan' ? (
          <FormulaireBilan
            dossierId={dossier.id}
            revision={dossier.revision ?? null}
            raisonRequise={permise.raisonRequise}
            onAnnuler={() => setOuverte(null)}
            onFait={() => {
              setMessage('Bilan déposé : le service instructeur en est informé.');
              setOuverte(null);
              void refetch();
            }}
          />
        ) : (
          <FormulaireCommande
            mutation={permise.mutation}
            definition={COMMANDES[permise.mutation]}
            dossierId={dossier.id}
            ligneId={permise.ligneId}
            revision={dossier.revision ?? null}
            raisonRequise={permise.raisonRequise}
            initiales={prefill(permise)}
            onAnnuler={() => setOuverte(null)}
            onRecharger={() => void refetch()}
            onFait={() => {
              setMessage(`${COMMANDES[permise.mutation].libelle} : enregistré.`);
              setOuverte(null);
              void refetch();
            }}
          />
        )}
      </Paper>
    ) : null;
  const boutons = (liste: Permise[], contexte: string) =>
    liste.length > 0 && (
      <Group gap="xs">
        {liste.map((permise) => (
          <Button
            key={`${permise.mutation}-${permise.ligneId ?? ''}`}
            size="xs"
            variant={
              ouverte?.mutation === permise.mutation && ouverte.ligneId === permise.ligneId
                ? 'filled'
                : // Mantine's light variant of a shade (red.9) paints the shade behind a light text: invisible
                  COMMANDES[permise.mutation]?.couleur
                  ? 'outline'
                  : 'light'
            }
            color={COMMANDES[permise.mutation]?.couleur}
            aria-label={`${libelleCommande(permise.mutation)} — ${contexte}`}
            onClick={() => {
              setMessage(null);
              setOuverte(permise);
            }}
          >
            {libelleCommande(permise.mutation)}
          </Button>
        ))}
      </Group>
    );
  const duDossier = permises.filter((permise) => !permise.ligneId);

  return (
    <Stack gap="lg">
      <TitreEcran
        actions={
          // the historique names the staff who acted: not open to porteurs (docs/security.md)
          session.role !== 'porteur' && (
            <Anchor component={Link} to={avecAsOf(`/${session.tenant}/dossiers/${dossier.id}/historique`, asOf)}>
              Historique du dossier
            </Anchor>
          )
        }
      >
        {dossier.titre}
      </TitreEcran>
      <Group gap="sm">
        <BadgeStatut statut={dossier.statut} size="lg" data-testid="statut-dossier" />
        <Text size="sm">
          {dossier.porteur.nom} — {dossier.annee} — révision {dossier.revision ?? '—'}
        </Text>
        {dossier.depotTardif && (
          <Badge variant="outline" color="dark">
            Dépôt tardif
          </Badge>
        )}
      </Group>
      {message && (
        <Text role="status" c="var(--mantine-color-green-light-color)" fw={600}>
          {message}
        </Text>
      )}
      {!asOf && permises.length === 0 && (
        <Text size="sm" c="dimmed">
          Votre rôle n’a aucune action possible sur ce dossier dans son état actuel.
        </Text>
      )}
      {duDossier.length > 0 && (
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            Actions sur le dossier
          </Title>
          {boutons(duDossier, 'dossier')}
          {duDossier.map(formulaire)}
        </Card>
      )}

      <Card withBorder>
        <Title order={2} size="h4" mb="xs">
          Description
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <Champ libelle="Identifiant">{dossier.id}</Champ>
          <Champ libelle="Référence externe (tableur, Dauphin)">{dossier.referenceExterne ?? '—'}</Champ>
          <Champ libelle="Déposé le">{formatDate(dossier.deposeLe)}</Champ>
          <Champ libelle="Modifié le">{formatDateHeure(dossier.modifieLe)}</Champ>
          <Champ libelle="Coût total">{formatMontant(dossier.coutTotal)}</Champ>
          <Champ libelle="Dépenses éligibles">{dossier.depensesEligibles ? formatMontant(dossier.depensesEligibles) : '—'}</Champ>
          <Champ libelle="Période">
            {formatDate(dossier.dateDebut)} → {formatDate(dossier.dateFin)}
          </Champ>
          <Champ libelle="Actions comptées">{formatEntier(dossier.nombreActions)}</Champ>
          <Champ libelle="Pilier">{dossier.pilier?.libelle ?? '—'}</Champ>
          <Champ libelle="Orientation / objectif">{[dossier.orientation?.libelle, dossier.objectif?.libelle].filter(Boolean).join(' / ') || '—'}</Champ>
          <Champ libelle="Thématique">{dossier.thematique?.libelle ?? '—'}</Champ>
          <Champ libelle="Publics">{dossier.publics.join(', ') || '—'}</Champ>
          <Champ libelle="Communes">{dossier.intercommunal ? 'Intercommunal' : dossier.communes.map((commune) => commune.nom).join(', ') || '—'}</Champ>
          <Champ libelle="Quartiers prioritaires">{dossier.qpv.map((qpv) => `${qpv.nom}${qpv.code ? ` (${qpv.code})` : ''}`).join(', ') || 'Hors QPV'}</Champ>
          <Champ libelle="Série">{dossier.serie.rang > 1 ? `${dossier.serie.id}, ${dossier.serie.rang}e année` : 'Première année'}</Champ>
        </SimpleGrid>
        {dossier.description && (
          <Text size="sm" mt="sm">
            {dossier.description}
          </Text>
        )}
      </Card>

      <Card withBorder>
        <Title order={2} size="h4" mb="xs">
          Plan de financement
        </Title>
        <Tableau
          legende="Lignes par financeur : étape et montants"
          lignes={dossier.lignes}
          cle={(ligne) => ligne.id}
          colonnes={[
            {
              titre: 'Financeur',
              valeur: (ligne) => (
                <Stack gap={0}>
                  <Text size="sm" fw={600}>
                    {ligne.financeurNom}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {CATEGORIES_FINANCEUR[ligne.categorie]} — {NATURES[ligne.nature]}
                  </Text>
                </Stack>
              ),
            },
            { titre: 'Étape', valeur: (ligne) => STATUTS_LIGNE[ligne.statut] ?? ligne.statut },
            { titre: 'Demandé', nombre: true, valeur: (ligne) => formatMontant(ligne.demande) },
            { titre: 'Proposé', nombre: true, valeur: (ligne) => formatMontant(ligne.propose) },
            { titre: 'Voté', nombre: true, valeur: (ligne) => formatMontant(ligne.vote) },
            { titre: 'Engagé', nombre: true, valeur: (ligne) => formatMontant(ligne.engage) },
            { titre: 'Versé', nombre: true, valeur: (ligne) => formatMontant(ligne.verse) },
            { titre: 'Justifié', nombre: true, valeur: (ligne) => formatMontant(ligne.justifie) },
          ]}
          total={[
            'Total',
            '',
            formatMontant(dossier.totaux.demande),
            '',
            formatMontant(dossier.totaux.vote),
            formatMontant(dossier.totaux.engage),
            formatMontant(dossier.totaux.verse),
            formatMontant(dossier.totaux.justifie),
          ]}
        />
        {dossier.lignes.map((ligne) => {
          const actions = permises.filter((permise) => permise.ligneId === ligne.id);
          return actions.length > 0 ? (
            <Stack key={ligne.id} gap={4} mt="sm" data-testid={`actions-${ligne.id}`}>
              <Text size="sm" fw={600}>
                {ligne.financeurNom} ({NATURES[ligne.nature]})
              </Text>
              {boutons(actions, `${ligne.financeurNom}, ${NATURES[ligne.nature]}`)}
              {actions.map(formulaire)}
            </Stack>
          ) : null;
        })}
      </Card>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            Avis
          </Title>
          {dossier.avis.length === 0 ? (
            <Text size="sm">Aucun avis.</Text>
          ) : (
            dossier.avis.map((avis, index) => (
              <Text size="sm" key={index}>
                <b>{avis.auteurNom}</b> — {AVIS[avis.avis]} ({formatDateHeure(avis.emisLe)}){avis.commentaire ? ` : ${avis.commentaire}` : ''}
              </Text>
            ))
          )}
        </Card>
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            Décisions
          </Title>
          {dossier.decisions.length === 0 ? (
            <Text size="sm">Aucune décision.</Text>
          ) : (
            dossier.decisions.map((decision, index) => (
              <Text size="sm" key={index}>
                <b>{DECISIONS[decision.type] ?? decision.type}</b> le {formatDate(decision.le)}
                {decision.comiteId ? ` (comité ${decision.comiteId})` : ''}
                {decision.motif ? ` : ${decision.motif}` : ''}
                {decision.anneeReport ? `, reporté à ${decision.anneeReport}` : ''}
              </Text>
            ))
          )}
        </Card>
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            Convention
          </Title>
          <Text size="sm">
            {dossier.convention
              ? `${dossier.convention.conventionId} (${dossier.convention.typeConvention === 'pluriannuelle' ? 'pluriannuelle' : 'annuelle'})${dossier.convention.numeroEngagementJuridique ? `, engagement juridique ${dossier.convention.numeroEngagementJuridique}` : ''}`
              : 'Aucune convention.'}
          </Text>
        </Card>
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            Bilan
          </Title>
          {dossier.bilan ? (
            <Text size="sm">
              Déposé le {formatDate(dossier.bilan.deposeLe)} : coût réalisé {formatMontant(dossier.bilan.coutRealise)},{' '}
              {formatEntier(dossier.bilan.beneficiaires.total)} bénéficiaires ({formatEntier(dossier.bilan.beneficiaires.femmes)} femmes,{' '}
              {formatEntier(dossier.bilan.beneficiaires.residentsQpv)} résidents QPV). {dossier.bilan.recit}
            </Text>
          ) : (
            <Text size="sm">Pas encore de bilan.</Text>
          )}
        </Card>
      </SimpleGrid>
      <Card withBorder>
        <PiecesDossier
          dossierId={dossier.id}
          peutJoindre={session.role === 'porteur' || session.role === 'agent' || session.role === 'admin'}
          onJointe={() => void refetch()}
        />
      </Card>
      <Tableau
        legende="Versements"
        lignes={dossier.versements}
        cle={(versement) => versement.versementId}
        vide="Aucun versement."
        colonnes={[
          { titre: 'Date', valeur: (versement) => formatDate(versement.date) },
          { titre: 'Ligne', valeur: (versement) => dossier.lignes.find((ligne) => ligne.id === versement.ligneId)?.financeurNom ?? versement.ligneId },
          { titre: 'Type', valeur: (versement) => versement.type },
          { titre: 'Montant', nombre: true, valeur: (versement) => formatMontant(versement.montant) },
        ]}
      />
      {dossier.corrections.length > 0 && (
        <Tableau
          legende="Corrections de montants"
          lignes={dossier.corrections}
          cle={(correction, index) => `${correction.ligneId}-${index}`}
          colonnes={[
            { titre: 'Le', valeur: (correction) => formatDateHeure(correction.corrigeLe) },
            { titre: 'Ligne', valeur: (correction) => correction.ligneId },
            { titre: 'Étape', valeur: (correction) => correction.etape },
            { titre: 'Avant', nombre: true, valeur: (correction) => formatMontant(correction.avant) },
            { titre: 'Après', nombre: true, valeur: (correction) => formatMontant(correction.apres) },
            { titre: 'Raison', valeur: (correction) => correction.reason ?? '—' },
          ]}
        />
      )}
    </Stack>
  );
}

function Champ({ libelle, children }: { libelle: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {libelle}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}
