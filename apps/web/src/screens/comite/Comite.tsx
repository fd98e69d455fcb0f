import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { TitreEcran } from '../../app/Cadre';
import { useSession } from '../../auth/AuthContext';
import { graphql } from '../../gql';
import type { ArreterProgrammationInput } from '../../gql/graphql';
import { nouvelIdCommande, useCommand } from '../../graphql/use-command';
import { useQuery } from '../../graphql/use-query';
import { useAnnee } from '../../shared/annee';
import { useAsOf } from '../../shared/as-of';
import { messageErreur } from '../../shared/erreurs';
import { Chargement, Erreur } from '../../shared/Etats';
import { formatDate, formatMontant, montantVersSaisie, saisieVersMontant } from '../../shared/format';
import { DECISIONS, NATURES } from '../../shared/libelles';
import { useParametres } from '../../shared/parametres';
import { Tableau } from '../../shared/Tableau';

const ComiteQuery = graphql(`
  query Comite($annee: Int!, $asOf: DateTime) {
    comites(annee: $annee, asOf: $asOf) {
      id
      libelle
      date
      statut
      totalVote
      decisions {
        dossierId
        titre
        porteurNom
        decision
        motif
      }
    }
    dossiers(filter: { annee: $annee, statut: [en_instruction] }, first: 200, asOf: $asOf) {
      edges {
        node {
          id
          titre
          porteur {
            nom
          }
          lignes {
            id
            financeurNom
            nature
            statut
            demande
            propose
          }
        }
      }
    }
  }
`);

const Arreter = graphql(`
  mutation ArreterProgrammation($input: ArreterProgrammationInput!) {
    arreterProgrammation(input: $input) {
      eventsAppended
      effets {
        dossierId
        commande
        ok
        code
        message
      }
    }
  }
`);

const Clore = graphql(`
  mutation CloreComite($input: CloreComiteInput!) {
    cloreComite(input: $input) {
      revision
    }
  }
`);

type Decision = '' | 'retenu' | 'non_retenu' | 'ajourne';
type ChoixLigne = { resultat: '' | 'vote' | 'refuse'; montant: string };

const COMMANDES_EFFETS: Record<string, string> = {
  VoterFinancement: 'vote de la ligne',
  RefuserFinancement: 'refus de la ligne',
  RetenirDossier: 'dossier retenu',
  NePasRetenirDossier: 'dossier non retenu',
  AjournerDossier: 'dossier ajourné',
};

/**
 * The comité des financeurs: its agenda (dossiers under instruction), each line voted (amount prefilled from the
 * proposal) or refused, each dossier's decision; the server's dry run of the effects before confirming; then closing.
 */
export default function Comite() {
  const session = useSession();
  const { asOf } = useAsOf();
  const [p, changer] = useParametres<'annee' | 'comite'>();
  const { annee, annees } = useAnnee(p.annee);
  const { data, error, loading, refetch } = useQuery(ComiteQuery, { annee: annee ?? 0 }, { skip: annee === null });
  const comites = data?.comites ?? [];
  const comite = comites.find((candidate) => candidate.id === p.comite) ?? comites.find((candidate) => candidate.statut !== 'clos') ?? comites[0] ?? null;
  const agenda = useMemo(() => data?.dossiers.edges.map((edge) => edge.node) ?? [], [data]);
  const [decisions, setDecisions] = useState<Record<string, Decision>>({});
  const [lignes, setLignes] = useState<Record<string, ChoixLigne>>({});
  const arreter = useCommand(Arreter);
  const clore = useCommand(Clore);
  const [apercu, setApercu] = useState<{
    input: ArreterProgrammationInput;
    effets: Array<{ dossierId: string; commande: string; ok: boolean; code?: string | null; message?: string | null }>;
  } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const peutDecider = (session.role === 'agent' || session.role === 'admin') && !asOf && comite?.statut === 'convoque';

  const choixLigne = (ligne: (typeof agenda)[number]['lignes'][number]): ChoixLigne =>
    lignes[ligne.id] ?? { resultat: '', montant: montantVersSaisie(ligne.propose && ligne.propose !== '0.00' ? ligne.propose : ligne.demande) };
  const cleLigne = (dossierId: string, ligneId: string) => `${dossierId}|${ligneId}`;

  const saisie = (): ArreterProgrammationInput | string => {
    if (!comite) return 'Aucun comité convoqué pour cette année.';
    const liste = [];
    for (const dossier of agenda) {
      const decision = decisions[dossier.id] ?? '';
      const decidees = [];
      for (const ligne of dossier.lignes) {
        const choix = lignes[cleLigne(dossier.id, ligne.id)] ?? { ...choixLigne(ligne), resultat: '' as const };
        if (!choix.resultat) continue;
        if (choix.resultat === 'vote') {
          const montant = saisieVersMontant(choix.montant);
          if (!montant) return `${dossier.titre} — ${ligne.financeurNom} : un montant en euros avec au plus deux décimales.`;
          decidees.push({ ligneId: ligne.id, resultat: 'vote' as const, montant });
        } else decidees.push({ ligneId: ligne.id, resultat: 'refuse' as const });
      }
      if (!decision && decidees.length === 0) continue;
      if (!decision) return `${dossier.titre} : choisissez la décision du comité sur le dossier.`;
      liste.push({ dossierId: dossier.id, decision, lignes: decidees });
    }
    if (liste.length === 0) return 'Aucune décision saisie.';
    return { comiteId: comite.id, decisions: liste, commandId: nouvelIdCommande() };
  };

  const previsualiser = async () => {
    setMessage(null);
    const input = saisie();
    if (typeof input === 'string') return setMessage(input);
    const resultat = await arreter.send({ input: { ...input, simulation: true } });
    if (resultat.ok) setApercu({ input, effets: resultat.data.arreterProgrammation?.effets ?? [] });
  };
  const confirmer = async () => {
    if (!apercu) return;
    const resultat = await arreter.send({ input: apercu.input });
    if (resultat.ok) {
      setApercu(null);
      setDecisions({});
      setLignes({});
      setMessage(
        `Programmation arrêtée : ${(resultat.data.arreterProgrammation?.effets ?? []).filter((effet) => effet.ok).length} effet(s) appliqué(s) aux dossiers.`,
      );
      await refetch();
    }
  };

  return (
    <Stack gap="md">
      <TitreEcran
        actions={
          <Group>
            <NativeSelect
              label="Année"
              data={annees.map(String)}
              value={annee ? String(annee) : ''}
              onChange={(event) => changer({ annee: event.currentTarget.value, comite: null })}
            />
            <NativeSelect
              label="Comité"
              data={comites.map((candidate) => ({ value: candidate.id, label: `${candidate.libelle} (${formatDate(candidate.date)})` }))}
              value={comite?.id ?? ''}
              onChange={(event) => changer({ comite: event.currentTarget.value })}
            />
          </Group>
        }
      >
        Comité des financeurs {annee ?? ''}
      </TitreEcran>
      {error && <Erreur error={error} />}
      {loading && !data && <Chargement />}
      {message && (
        <Alert color="blue" role="status">
          {message}
        </Alert>
      )}
      {arreter.error && <Erreur error={arreter.error} titre="Refusé par le serveur" />}
      {comite && (
        <Paper withBorder p="sm">
          <Text>
            <b>{comite.libelle}</b> du {formatDate(comite.date)} — {comite.statut === 'clos' ? 'clos' : 'convoqué'} — total voté{' '}
            {formatMontant(comite.totalVote)}
          </Text>
        </Paper>
      )}
      {comite && comite.decisions.length > 0 && (
        <Tableau
          legende="Décisions arrêtées par ce comité"
          lignes={comite.decisions}
          cle={(decision) => decision.dossierId}
          colonnes={[
            { titre: 'Dossier', valeur: (decision) => decision.titre ?? decision.dossierId },
            { titre: 'Porteur', valeur: (decision) => decision.porteurNom ?? '—' },
            { titre: 'Décision', valeur: (decision) => DECISIONS[decision.decision] ?? decision.decision },
            { titre: 'Motif', valeur: (decision) => decision.motif ?? '—' },
          ]}
        />
      )}
      <Title order={2} size="h3">
        Ordre du jour : dossiers en instruction ({agenda.length})
      </Title>
      {agenda.length === 0 && <Text>Aucun dossier en instruction pour {annee}.</Text>}
      {agenda.map((dossier) => (
        <Paper withBorder p="sm" key={dossier.id} component="section" aria-label={dossier.titre}>
          <Group justify="space-between" wrap="wrap">
            <Text fw={700}>
              {dossier.titre}{' '}
              <Text span size="sm">
                — {dossier.porteur.nom}
              </Text>
            </Text>
            <NativeSelect
              aria-label={`Décision du comité sur ${dossier.titre}`}
              disabled={!peutDecider}
              data={[
                { value: '', label: '— décision —' },
                { value: 'retenu', label: 'Retenu' },
                { value: 'non_retenu', label: 'Non retenu' },
                { value: 'ajourne', label: 'Ajourné' },
              ]}
              value={decisions[dossier.id] ?? ''}
              onChange={(event) => setDecisions({ ...decisions, [dossier.id]: event.currentTarget.value as Decision })}
            />
          </Group>
          {dossier.lignes.map((ligne) => {
            const cle = cleLigne(dossier.id, ligne.id);
            const choix = lignes[cle] ?? { ...choixLigne(ligne), resultat: '' as const };
            return (
              <Group key={ligne.id} gap="sm" mt="xs" wrap="wrap">
                <Text size="sm" w={260}>
                  {ligne.financeurNom} ({NATURES[ligne.nature]}) — demandé {formatMontant(ligne.demande)}
                  {ligne.propose && ligne.propose !== '0.00' ? `, proposé ${formatMontant(ligne.propose)}` : ''}
                </Text>
                <NativeSelect
                  size="xs"
                  aria-label={`Résultat de la ligne ${ligne.financeurNom} de ${dossier.titre}`}
                  disabled={!peutDecider || ligne.statut === 'vote' || ligne.statut === 'refuse'}
                  data={[
                    { value: '', label: ligne.statut === 'vote' ? 'déjà votée' : ligne.statut === 'refuse' ? 'déjà refusée' : '— ligne —' },
                    { value: 'vote', label: 'Voter' },
                    { value: 'refuse', label: 'Refuser' },
                  ]}
                  value={choix.resultat}
                  onChange={(event) => setLignes({ ...lignes, [cle]: { ...choix, resultat: event.currentTarget.value as ChoixLigne['resultat'] } })}
                />
                {choix.resultat === 'vote' && (
                  <TextInput
                    size="xs"
                    aria-label={`Montant voté pour ${ligne.financeurNom} sur ${dossier.titre}`}
                    inputMode="decimal"
                    value={choix.montant}
                    onChange={(event) => setLignes({ ...lignes, [cle]: { ...choix, montant: event.currentTarget.value } })}
                  />
                )}
              </Group>
            );
          })}
        </Paper>
      ))}
      {peutDecider && agenda.length > 0 && (
        <Group>
          <Button onClick={previsualiser} loading={arreter.sending && !apercu}>
            Prévisualiser les effets
          </Button>
        </Group>
      )}
      {apercu && (
        <Paper withBorder p="sm" data-testid="apercu-comite">
          <Tableau
            legende="Ce que l’arrêt de la programmation changera (simulation du serveur, rien n’est encore enregistré)"
            lignes={apercu.effets}
            cle={(effet, index) => `${effet.dossierId}-${index}`}
            colonnes={[
              { titre: 'Dossier', valeur: (effet) => agenda.find((dossier) => dossier.id === effet.dossierId)?.titre ?? effet.dossierId },
              { titre: 'Effet', valeur: (effet) => COMMANDES_EFFETS[effet.commande] ?? effet.commande },
              {
                titre: 'Résultat',
                valeur: (effet) => (effet.ok ? 'Accepté' : `Refusé : ${messageErreur({ code: effet.code ?? '', message: effet.message ?? '' })}`),
              },
            ]}
          />
          <Group mt="sm">
            <Button onClick={confirmer} loading={arreter.sending} disabled={apercu.effets.some((effet) => !effet.ok)}>
              Confirmer et arrêter la programmation
            </Button>
            <Button variant="default" onClick={() => setApercu(null)}>
              Modifier
            </Button>
          </Group>
        </Paper>
      )}
      {comite && comite.statut === 'convoque' && (session.role === 'agent' || session.role === 'admin') && !asOf && (
        <Group>
          <Button
            variant="outline"
            color="dark"
            loading={clore.sending}
            onClick={async () => {
              const resultat = await clore.send({ input: { comiteId: comite.id, commandId: nouvelIdCommande() } });
              if (resultat.ok) {
                setMessage('Comité clos.');
                await refetch();
              }
            }}
          >
            Clore le comité
          </Button>
          {clore.error && <Erreur error={clore.error} titre="Refusé par le serveur" />}
        </Group>
      )}
    </Stack>
  );
}
