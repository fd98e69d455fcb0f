import { refuse, type Refusal } from '@cdv/eventsourcing';
import {
  businessDate,
  checkCents,
  checkCount,
  checkDate,
  checkDateOrder,
  checkFinanceur,
  checkNature,
  checkTag,
  checkText,
  checkYear,
  firstRefusal,
  refuseReadOnly,
  requireEpciStaff,
} from '../shared/validation';
import type {
  AppelCommand,
  CloreAppelAProjets,
  CloturerExercice,
  FixerEnveloppe,
  ModifierDateCloture,
  OuvrirAppelAProjets,
  PlanifierComite,
} from './appel.commands';
import { definirPiecesRequises } from './appel-pieces-requises.decide';
import type { AppelEvent, ComitePrevu, Enveloppe } from './appel.events';
import { enveloppeKey, type AppelState } from './appel.state';
import { exigerMotif } from '@cdv/shared-kernel';

type Existing = Exclude<AppelState, { statut: 'inexistant' }>;

/** Every appel command is the EPCI's business (docs/design.md §6: agents run the programmation). */
export function decideAppel(command: AppelCommand, state: AppelState): AppelEvent[] | Refusal {
  const denied = refuseReadOnly(command.metadata.actor) ?? requireEpciStaff(command.metadata.actor, command.type);
  if (denied) return denied;
  if (command.type === 'OuvrirAppelAProjets') return ouvrir(command, state);
  if (state.statut === 'inexistant') return refuse.notFound('AppelAProjets', String(command.data.annee));
  if (command.data.annee !== state.annee) return refuse.validation('annee', `this stream is the appel ${state.annee}`, { value: command.data.annee });
  switch (command.type) {
    case 'FixerEnveloppe':
      return fixerEnveloppe(command, state);
    case 'PlanifierComite':
      return planifierComite(command, state);
    case 'CloreAppelAProjets':
      return clore(command, state);
    case 'CloturerExercice':
      return cloturerExercice(command, state);
    case 'DefinirPiecesRequises':
      return definirPiecesRequises(command, state);
    case 'ModifierDateCloture':
      return modifierDateCloture(command, state);
  }
}

function ouvrir(command: OuvrirAppelAProjets, state: AppelState): AppelEvent[] | Refusal {
  if (state.statut !== 'inexistant') return refuse.conflict(`the appel à projets ${state.annee} is already open`, { annee: state.annee });
  const { data } = command;
  const refusal = firstRefusal(
    () => checkYear('annee', data.annee),
    () => checkText('titre', data.titre, { max: 300 }),
    () => checkDate('ouvertureLe', data.ouvertureLe),
    () => checkDate('clotureLe', data.clotureLe),
    () => checkDateOrder('ouvertureLe', data.ouvertureLe, 'clotureLe', data.clotureLe),
    () => checkPriorites(data.priorites),
    () => checkEnveloppes(data.enveloppes),
    () => checkComites(data.comites),
  );
  if (refusal) return refusal;
  return [{ type: 'AppelAProjetsOuvert', data: { ...data } }];
}

function fixerEnveloppe(command: FixerEnveloppe, state: Existing): AppelEvent[] | Refusal {
  const { data, metadata } = command;
  const avant = state.enveloppes[enveloppeKey(data.financeur.id, data.nature)];
  const refusal = firstRefusal(
    () => checkFinanceur('financeur', data.financeur),
    () => (data.nature === undefined ? null : checkNature('nature', data.nature)),
    () => checkCents('montant', data.montant),
    // Changing a published envelope, or any envelope of a closed appel, is a correction.
    () => (avant !== undefined || state.statut !== 'ouvert' ? exigerMotif(metadata, 'an envelope changes after it was published') : null),
  );
  if (refusal) return refusal;
  if (avant === data.montant) return [];
  return [{ type: 'EnveloppeFixee', data: { ...data, avant: avant ?? null } }];
}

function planifierComite(command: PlanifierComite, state: Existing): AppelEvent[] | Refusal {
  if (state.statut === 'exercice_clos') return refuse.invalidTransition(state.statut, command.type);
  const { annee, ...comite } = command.data;
  if (state.comites[comite.comiteId]) return refuse.conflict(`comité ${comite.comiteId} is already planned`, { comiteId: comite.comiteId });
  const refusal = checkComites([comite]);
  if (refusal) return refusal;
  return [{ type: 'ComitePlanifie', data: { annee, ...comite } }];
}

function clore(command: CloreAppelAProjets, state: Existing): AppelEvent[] | Refusal {
  if (state.statut !== 'ouvert') return refuse.invalidTransition(state.statut, command.type);
  return [{ type: 'AppelAProjetsClos', data: { annee: state.annee, closLe: command.metadata.effectiveAt ?? command.metadata.now } }];
}

function cloturerExercice(command: CloturerExercice, state: Existing): AppelEvent[] | Refusal {
  if (state.statut !== 'clos')
    return refuse.invalidTransition(state.statut, command.type, `the appel must be clos before its year is closed (now ${state.statut})`);
  const refusal = checkCount('dossiersNonSoldes', command.data.dossiersNonSoldes);
  if (refusal) return refusal;
  if (command.data.dossiersNonSoldes > 0) {
    return refuse.invalidTransition(state.statut, command.type, `${command.data.dossiersNonSoldes} dossier(s) of ${state.annee} are not soldé yet`);
  }
  return [{ type: 'ExerciceCloture', data: { annee: state.annee, clotureLe: command.metadata.effectiveAt ?? command.metadata.now } }];
}

/**
 * Moves the closing date. Before it passed, the EPCI extends or shortens its call freely; once it passed (deposits
 * made since were late) or once the appel is clos, moving it needs a reason — and a clos appel moved to a later date
 * takes deposits again until then. A closed year is never reopened.
 */
function modifierDateCloture(command: ModifierDateCloture, state: Existing): AppelEvent[] | Refusal {
  if (state.statut === 'exercice_clos') return refuse.invalidTransition(state.statut, command.type, `the year ${state.annee} is closed`);
  const { clotureLe } = command.data;
  const today = businessDate(command.metadata);
  const invalid = firstRefusal(
    () => checkDate('clotureLe', clotureLe),
    () => checkDateOrder('ouvertureLe', state.ouvertureLe, 'clotureLe', clotureLe),
    () =>
      state.statut === 'clos' && clotureLe < today
        ? refuse.validation('clotureLe', `the appel is clos: a new closing date (${clotureLe}) in the past would not reopen it`, { value: clotureLe })
        : null,
    () =>
      state.statut === 'clos' || state.clotureLe < today
        ? exigerMotif(
            command.metadata,
            state.statut === 'clos' ? 'the appel is clos: moving its date reopens it' : `the closing date ${state.clotureLe} has passed`,
          )
        : null,
  );
  if (invalid) return invalid;
  if (clotureLe === state.clotureLe && state.statut === 'ouvert') return [];
  return [{ type: 'DateClotureModifiee', data: { annee: state.annee, clotureLe, avant: state.clotureLe, reouvert: state.statut === 'clos' } }];
}

function checkPriorites(priorites: OuvrirAppelAProjets['data']['priorites']): Refusal | null {
  if (!Array.isArray(priorites)) return refuse.validation('priorites', 'priorites must be a list');
  for (const [index, priorite] of priorites.entries()) {
    const refusal = checkTag(`priorites[${index}]`, priorite);
    if (refusal) return refusal;
  }
  return null;
}

function checkEnveloppes(enveloppes: readonly Enveloppe[]): Refusal | null {
  if (!Array.isArray(enveloppes)) return refuse.validation('enveloppes', 'enveloppes must be a list');
  const seen = new Set<string>();
  for (const [index, enveloppe] of enveloppes.entries()) {
    const field = `enveloppes[${index}]`;
    const refusal = firstRefusal(
      () => checkFinanceur(`${field}.financeur`, enveloppe.financeur),
      () => (enveloppe.nature === undefined ? null : checkNature(`${field}.nature`, enveloppe.nature)),
      () => checkCents(`${field}.montant`, enveloppe.montant),
    );
    if (refusal) return refusal;
    const key = enveloppeKey(enveloppe.financeur.id, enveloppe.nature);
    if (seen.has(key)) return refuse.validation(`${field}.financeur`, `two envelopes for ${key}`);
    seen.add(key);
  }
  return null;
}

function checkComites(comites: readonly ComitePrevu[]): Refusal | null {
  if (!Array.isArray(comites)) return refuse.validation('comites', 'comites must be a list');
  const seen = new Set<string>();
  for (const [index, comite] of comites.entries()) {
    const field = `comites[${index}]`;
    const refusal = firstRefusal(
      () => checkText(`${field}.comiteId`, comite.comiteId, { max: 100 }),
      () => checkDate(`${field}.date`, comite.date),
      () => checkText(`${field}.libelle`, comite.libelle, { max: 300 }),
    );
    if (refusal) return refusal;
    if (seen.has(comite.comiteId)) return refuse.validation(`${field}.comiteId`, `comité ${comite.comiteId} is listed twice`);
    seen.add(comite.comiteId);
  }
  return null;
}
