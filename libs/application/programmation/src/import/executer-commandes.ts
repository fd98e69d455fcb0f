import type { Command, CommandHandler, Decider, DomainEvent, RecordedEvent, Refusal } from '@cdv/eventsourcing';
import {
  appelDecider,
  comiteDecider,
  conventionDecider,
  dossierCommandsFor,
  dossierDecider,
  type AppelCommand,
  type ComiteCommand,
  type ConventionCommand,
  type DossierCommand,
  type RegleFinancement,
} from '@cdv/domain-programmation';
import { deciderPourStream, type ReferentielCommand } from '@cdv/domain-territoire';
import { reglesDecider, type DefinirReglesFinancement } from '../regles/regles-financement.decider';

/** A command on one programmation aggregate's stream, as seeds and imports plan them (the demo's and the spreadsheet import's). */
export type CommandeAgregat =
  | { aggregate: 'appel'; stream: string; command: AppelCommand }
  | { aggregate: 'dossier'; stream: string; command: DossierCommand }
  | { aggregate: 'comite'; stream: string; command: ComiteCommand }
  | { aggregate: 'convention'; stream: string; command: ConventionCommand };

/**
 * A command of a seed or an import: a programmation aggregate's, the tenant's financing rules, or a référentiel one
 * the territoire seed lacks.
 */
export type CommandePlanifiee =
  | CommandeAgregat
  | { aggregate: 'regles'; stream: string; command: DefinirReglesFinancement }
  | { aggregate: 'referentiel'; stream: string; command: ReferentielCommand };

type AnyDecider = Decider<Command, DomainEvent, unknown>;

const DECIDERS: Record<Exclude<CommandePlanifiee['aggregate'], 'referentiel'>, AnyDecider> = {
  appel: appelDecider as unknown as AnyDecider,
  dossier: dossierDecider as unknown as AnyDecider,
  comite: comiteDecider as unknown as AnyDecider,
  convention: conventionDecider as unknown as AnyDecider,
  regles: reglesDecider as unknown as AnyDecider,
};

export function deciderDe(planned: Pick<CommandePlanifiee, 'aggregate' | 'stream'>): AnyDecider {
  if (planned.aggregate !== 'referentiel') return DECIDERS[planned.aggregate];
  const decider = deciderPourStream(planned.stream);
  if (!decider) throw new Error(`no référentiel decider owns ${planned.stream}`);
  return decider as unknown as AnyDecider;
}

/** The first command refused: planned (`index` in the list) or derived from the events of the planned one. */
export interface CommandeRefusee {
  index: number;
  stream: string;
  command: Command;
  refusal: Refusal;
  /** Set when a dossier command derived from a comité or convention event was refused. */
  derivee: boolean;
}

export interface ExecutionProgress {
  /** Planned commands handled so far (derived ones are counted with their cause). */
  done: number;
  total: number;
  /** Events appended so far; replays append none. */
  appended: number;
}

export interface ExecutionResult {
  done: number;
  total: number;
  appended: number;
  /** Commands (planned or derived) whose commandId was already recorded: nothing appended for them. */
  replayed: number;
  refus: CommandeRefusee | null;
  /** Global position of the last event appended (0 when none), for read-your-writes. */
  lastPosition: number;
}

export interface ExecutionOptions {
  /** The tenant's financing rules, passed to the dossier commands a comité derives. */
  regles?: RegleFinancement[];
  onCommand?: (progress: ExecutionProgress, planned: CommandePlanifiee) => void;
}

/**
 * Runs ordered commands through the command handler (the same deciders as the API) and, after each comité or
 * convention command, the dossier commands its events call for (`dossierCommandsFor`), as the application's
 * process manager does. Stops at the first refusal: what was appended stays, and running the same list again
 * replays it (deterministic commandIds) and continues where it stopped.
 */
export async function executerCommandes(
  handler: CommandHandler,
  commands: readonly CommandePlanifiee[],
  options: ExecutionOptions = {},
): Promise<ExecutionResult> {
  const result: ExecutionResult = { done: 0, total: commands.length, appended: 0, replayed: 0, refus: null, lastPosition: 0 };
  for (const [index, planned] of commands.entries()) {
    const events = await handle(deciderDe(planned), planned.stream, planned.command, index, false);
    if (!events) return result;
    for (const event of events) {
      for (const derived of dossierCommandsFor(event, { regles: options.regles ?? [] })) {
        if (!(await handle(DECIDERS.dossier, derived.stream, derived.command, index, true))) return result;
      }
    }
    result.done = index + 1;
    options.onCommand?.({ done: result.done, total: result.total, appended: result.appended }, planned);
  }
  return result;

  async function handle(decider: AnyDecider, stream: string, command: Command, index: number, derivee: boolean): Promise<RecordedEvent[] | null> {
    const outcome = await handler.handle(decider, { stream, command });
    if (!outcome.ok) {
      result.refus = { index, stream, command, refusal: outcome.refusal, derivee };
      return null;
    }
    if (outcome.replayed) result.replayed += 1;
    else if (outcome.events.length) {
      result.appended += outcome.events.length;
      result.lastPosition = Math.max(result.lastPosition, outcome.lastPosition);
    }
    return outcome.events;
  }
}

/**
 * A decider that decides nothing: handling a command with it only asks « has this stream recorded this
 * commandId? » (`replayed`) — the seed's marker check, through the command handler, without writing.
 */
export const SONDE: AnyDecider = {
  decide: () => [],
  evolve: (state) => state,
  initialState: () => null,
};
