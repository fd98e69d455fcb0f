import { refuse, type Refusal } from '@cdv/eventsourcing';
import { NATURES_FINANCEMENT } from '../shared/references';
import { canonicalJson } from '@cdv/eventsourcing';
import { businessDate, checkCents, checkDate, checkText, checkYear, firstRefusal, refuseReadOnly, requireEpciStaff } from '../shared/validation';
import type { ArreterProgrammation, CloreComite, ComiteCommand, ConvoquerComite, CorrigerMembresComite } from './comite.commands';
import type { ComiteEvent, DecisionComite, MembreComite } from './comite.events';
import { membresEnSeance, type ComiteState } from './comite.state';
import { exigerMotif } from '@cdv/shared-kernel';

type Existing = Exclude<ComiteState, { statut: 'inexistant' }>;

/** A motif is a few sentences, like the metadata's reason (COMMAND_LIMITS.reason). */
const MOTIF_MAX = 2_000;

/**
 * The comité validates what it can see alone: its members, its date, that no dossier is decided twice in it, and
 * that each financeur votes only its own lines. What depends on a dossier's state (is the line asked? is the
 * dossier under instruction?) is checked by the dossier decider when the derived commands are applied.
 */
export function decideComite(command: ComiteCommand, state: ComiteState): ComiteEvent[] | Refusal {
  // The comité's decisions are recorded by the EPCI's secretariat (agents), for every financeur present.
  const denied = refuseReadOnly(command.metadata.actor) ?? requireEpciStaff(command.metadata.actor, command.type);
  if (denied) return denied;
  if (command.type === 'ConvoquerComite') return convoquer(command, state);
  if (state.statut === 'inexistant') return refuse.notFound('Comite', command.data.comiteId);
  switch (command.type) {
    case 'ArreterProgrammation':
      return arreter(command, state);
    case 'CloreComite':
      return clore(command, state);
    case 'CorrigerMembresComite':
      return corrigerMembres(command, state);
  }
}

function convoquer(command: ConvoquerComite, state: ComiteState): ComiteEvent[] | Refusal {
  if (state.statut !== 'inexistant') return refuse.conflict(`comité ${state.comiteId} already exists`, { comiteId: state.comiteId });
  const { data } = command;
  const invalid = firstRefusal(
    () => checkText('comiteId', data.comiteId, { max: 100 }),
    () => checkYear('annee', data.annee),
    () => checkDate('date', data.date),
    () => checkText('libelle', data.libelle, { max: 300 }),
    () => checkMembres(data.membres),
  );
  if (invalid) return invalid;
  return [{ type: 'ComiteConvoque', data: { ...data } }];
}

function arreter(command: ArreterProgrammation, state: Existing): ComiteEvent[] | Refusal {
  if (state.statut !== 'convoque') return refuse.invalidTransition(state.statut, command.type);
  if (businessDate(command.metadata) < state.date) {
    return refuse.invalidTransition('a_venir', command.type, `the comité meets on ${state.date}: its decisions cannot be recorded before`);
  }
  const { decisions } = command.data;
  if (!Array.isArray(decisions) || !decisions.length) return refuse.validation('decisions', 'at least one decision is required');
  const presents = command.data.presents ?? Object.keys(state.membres);
  const unknownPresent = presents.find((id) => !state.membres[id]);
  if (unknownPresent) return refuse.validation('presents', `${unknownPresent} is not a member of this comité`, { value: unknownPresent });

  const seen = new Set<string>();
  for (const [index, decision] of decisions.entries()) {
    const field = `decisions[${index}]`;
    if (state.dossiersDecides.includes(decision.dossierId)) {
      return refuse.conflict(`dossier ${decision.dossierId} was already decided by this comité`, { dossierId: decision.dossierId });
    }
    if (seen.has(decision.dossierId)) return refuse.validation(`${field}.dossierId`, `dossier ${decision.dossierId} is decided twice in this command`);
    seen.add(decision.dossierId);
    const refusal = checkDecision(field, decision, state, presents);
    if (refusal) return refusal;
  }
  return [
    {
      type: 'ProgrammationArretee',
      data: { comiteId: state.comiteId, annee: state.annee, date: state.date, presents, decisions },
    },
  ];
}

function clore(command: CloreComite, state: Existing): ComiteEvent[] | Refusal {
  if (state.statut !== 'convoque') return refuse.invalidTransition(state.statut, command.type);
  return [{ type: 'ComiteClos', data: { comiteId: state.comiteId, dossiersDecides: state.dossiersDecides.length } }];
}

/**
 * Corrects the members after the convocation, with a reason, until the comité is closed. A financeur whose lines the
 * comité already decided stays a financeur member: its votes stand.
 */
function corrigerMembres(command: CorrigerMembresComite, state: Existing): ComiteEvent[] | Refusal {
  if (state.statut !== 'convoque')
    return refuse.invalidTransition(state.statut, command.type, `the comité is ${state.statut}: its members are those it sat with`);
  const { membres } = command.data;
  const invalid = firstRefusal(
    () => exigerMotif(command.metadata, 'the members change after the convocation'),
    () => checkMembres(membres),
  );
  if (invalid) return invalid;
  const corriges = membresEnSeance(membres);
  const retire = state.financeursAyantDecide.find((id) => !corriges[id]?.qualites.includes('financeur'));
  if (retire) {
    return refuse.validation('membres', `${state.membres[retire]?.nom ?? retire} already decided lines in this comité: it stays a financeur member`, {
      organisationId: retire,
    });
  }
  if (canonicalJson(sansOrdre(membres)) === canonicalJson(sansOrdre(state.listeMembres))) return [];
  return [{ type: 'MembresComiteCorriges', data: { comiteId: state.comiteId, membres, precedents: state.listeMembres } }];
}

const sansOrdre = (membres: readonly MembreComite[]) => [...membres].map((m) => `${m.organisationId}:${m.qualite}:${m.nom}`).sort();

function checkMembres(membres: readonly MembreComite[] | undefined): Refusal | null {
  if (!Array.isArray(membres) || !membres.length) return refuse.validation('membres', 'a comité has members');
  // One entry per capacity: the same organisation may preside and finance, not hold one capacity twice.
  const seen = new Set<string>();
  for (const [index, membre] of membres.entries()) {
    const field = `membres[${index}]`;
    const refusal = firstRefusal(
      () => checkText(`${field}.organisationId`, membre.organisationId, { max: 200 }),
      () => checkText(`${field}.nom`, membre.nom, { max: 300 }),
      () =>
        ['financeur', 'partenaire', 'presidence'].includes(membre.qualite)
          ? null
          : refuse.validation(`${field}.qualite`, 'financeur, partenaire or presidence', { value: membre.qualite }),
      () =>
        seen.has(`${membre.organisationId}:${membre.qualite}`)
          ? refuse.validation(`${field}.organisationId`, `${membre.organisationId} is listed twice as ${membre.qualite}`)
          : null,
    );
    if (refusal) return refusal;
    seen.add(`${membre.organisationId}:${membre.qualite}`);
  }
  return membres.some((membre) => membre.qualite === 'financeur') ? null : refuse.validation('membres', 'a comité des financeurs has at least one financeur');
}

function checkDecision(field: string, decision: DecisionComite, state: Existing, presents: readonly string[]): Refusal | null {
  const invalid = firstRefusal(
    () => checkText(`${field}.dossierId`, decision.dossierId, { max: 100 }),
    () =>
      ['retenu', 'non_retenu', 'ajourne'].includes(decision.decision)
        ? null
        : refuse.validation(`${field}.decision`, 'retenu, non_retenu or ajourne', { value: decision.decision }),
    () => (Array.isArray(decision.lignes) ? null : refuse.validation(`${field}.lignes`, 'lignes must be a list')),
    () =>
      decision.anneeReport !== undefined && (decision.decision !== 'ajourne' || !Number.isInteger(decision.anneeReport) || decision.anneeReport <= state.annee)
        ? refuse.validation(`${field}.anneeReport`, `only an ajourné dossier moves, to a year after ${state.annee}`, { value: decision.anneeReport })
        : null,
    () => (decision.anneeReport === undefined ? null : checkYear(`${field}.anneeReport`, decision.anneeReport)),
    () => (decision.motif === undefined ? null : checkText(`${field}.motif`, decision.motif, { required: false, max: MOTIF_MAX })),
    () => (decision.titre === undefined ? null : checkText(`${field}.titre`, decision.titre, { required: false, max: 300 })),
  );
  if (invalid) return invalid;
  const lignes = new Set<string>();
  for (const [index, ligne] of decision.lignes.entries()) {
    const lineField = `${field}.lignes[${index}]`;
    const membre = state.membres[ligne.financeurId];
    const refusal = firstRefusal(
      () => checkText(`${lineField}.ligneId`, ligne.ligneId, { max: 200 }),
      () => (ligne.motif === undefined ? null : checkText(`${lineField}.motif`, ligne.motif, { required: false, max: MOTIF_MAX })),
      () => (lignes.has(ligne.ligneId) ? refuse.validation(`${lineField}.ligneId`, `line ${ligne.ligneId} is decided twice`) : null),
      () =>
        !membre?.qualites.includes('financeur')
          ? refuse.validation(`${lineField}.financeurId`, `${ligne.financeurId} is not a financeur of this comité`, { value: ligne.financeurId })
          : null,
      () =>
        presents.includes(ligne.financeurId)
          ? null
          : refuse.validation(`${lineField}.financeurId`, `${ligne.financeurId} was not present`, { value: ligne.financeurId }),
      // A line id is `{financeurId}:{nature}`: a financeur votes only its own lines.
      () =>
        NATURES_FINANCEMENT.some((nature) => ligne.ligneId === `${ligne.financeurId}:${nature}`)
          ? null
          : refuse.forbidden(`${ligne.financeurId} cannot decide line ${ligne.ligneId}: each financeur decides its own lines`, {
              financeurId: ligne.financeurId,
              ligneId: ligne.ligneId,
            }),
      () =>
        ligne.resultat === 'vote'
          ? checkCents(`${lineField}.montant`, ligne.montant)
          : ligne.resultat === 'refuse'
            ? ligne.montant === undefined
              ? null
              : refuse.validation(`${lineField}.montant`, 'a refused line carries no amount')
            : refuse.validation(`${lineField}.resultat`, 'vote or refuse', { value: ligne.resultat }),
    );
    if (refusal) return refusal;
    lignes.add(ligne.ligneId);
  }
  const votes = decision.lignes.filter((ligne) => ligne.resultat === 'vote').length;
  if (decision.decision === 'retenu' && votes === 0) {
    return refuse.validation(`${field}.decision`, 'a dossier is retenu when at least one of its lines is voted');
  }
  if (decision.decision !== 'retenu' && votes > 0) {
    return refuse.validation(`${field}.decision`, `a ${decision.decision} dossier has no voted line`);
  }
  return null;
}
