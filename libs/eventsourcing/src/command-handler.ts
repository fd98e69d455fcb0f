import type { Command, Decider } from './decider';
import type { DomainEvent, EventContext, RecordedEvent } from './envelope';
import { StreamNotFound, WrongExpectedRevision, type EventStore } from './event-store.port';
import { isRefusal, Refusal } from './refusal';
import { NO_UPCASTERS, type UpcasterRegistry } from './upcasters';
import { uuidFromName, uuidv7 } from './uuid';

export interface HandleCommandRequest<C extends Command> {
  stream: string;
  command: C;
  /**
   * The revision the client last saw (optimistic concurrency). When given and stale, the command is refused
   * with CONFLICT and the current revision. When absent, the revision from the fold is used.
   */
  expectedRevision?: number;
  /** Re-runs read → decide → append this many times on a concurrent write, when expectedRevision is absent. */
  retriesOnConflict?: number;
}

export type CommandResult<E extends DomainEvent, S> =
  | {
      ok: true;
      /** Events appended by this command (or by its first run, when `replayed`). */
      events: RecordedEvent<E>[];
      nextExpectedRevision: number;
      /** Global position of the last event written, for read-your-writes; 0 when nothing was written. */
      lastPosition: number;
      state: S;
      /** True when the commandId had been handled already: nothing was appended. */
      replayed: boolean;
    }
  | { ok: false; refusal: Refusal; currentRevision: number };

export interface CommandHandlerOptions {
  upcasters?: UpcasterRegistry;
}

/**
 * The one generic command handler (Emmett's `handleCommand`): read the stream, fold, decide, append with the
 * expected revision. Domain refusals come back as values. A command carrying a commandId that this stream has
 * already recorded returns the first result and appends nothing.
 */
export class CommandHandler {
  private readonly upcasters: UpcasterRegistry;

  constructor(
    private readonly store: EventStore,
    options: CommandHandlerOptions = {},
  ) {
    this.upcasters = options.upcasters ?? NO_UPCASTERS;
  }

  async handle<C extends Command, E extends DomainEvent, S>(
    decider: Decider<C, E, S>,
    request: HandleCommandRequest<C>,
  ): Promise<CommandResult<E, S>> {
    const { stream, command } = request;
    let retries = request.expectedRevision === undefined ? (request.retriesOnConflict ?? 3) : 0;
    for (;;) {
      const history = await this.read<E>(stream);
      const revision = history.length - 1;
      const commandId = command.metadata.commandId;

      if (commandId) {
        const previous = history.filter((event) => event.metadata.commandId === commandId);
        if (previous.length > 0) {
          return {
            ok: true,
            events: previous,
            nextExpectedRevision: previous[previous.length - 1].revision,
            lastPosition: previous[previous.length - 1].position,
            state: fold(decider, history),
            replayed: true,
          };
        }
      }

      if (request.expectedRevision !== undefined && request.expectedRevision !== revision) {
        return { ok: false, refusal: staleRevision(stream, request.expectedRevision, revision), currentRevision: revision };
      }

      const state = fold(decider, history);
      const decision = decider.decide(command, state);
      if (isRefusal(decision)) return { ok: false, refusal: decision, currentRevision: revision };
      if (decision.length === 0) {
        return { ok: true, events: [], nextExpectedRevision: revision, lastPosition: 0, state, replayed: false };
      }

      const context = eventContext(command);
      const newEvents = decision.map((event, index) => ({
        id: commandId ? uuidFromName(`${commandId}:${stream}:${index}`) : uuidv7(),
        type: event.type,
        data: event.data,
        metadata: context,
      }));
      try {
        const appended = await this.store.append(stream, newEvents, {
          expectedRevision: revision < 0 ? 'no_stream' : revision,
        });
        return {
          ok: true,
          events: appended.events as RecordedEvent<E>[],
          nextExpectedRevision: appended.nextExpectedRevision,
          lastPosition: appended.positions[appended.positions.length - 1],
          state: decision.reduce((current, event) => decider.evolve(current, event), state),
          replayed: false,
        };
      } catch (error) {
        if (!(error instanceof WrongExpectedRevision)) throw error;
        if (retries > 0) {
          retries -= 1;
          continue;
        }
        // Someone else wrote first. A retry of the same commandId will find the winner's events above.
        if (commandId) {
          retries = 0;
          const again = await this.read<E>(stream);
          if (again.some((event) => event.metadata.commandId === commandId)) continue;
        }
        return { ok: false, refusal: staleRevision(stream, revision, error.actual), currentRevision: error.actual };
      }
    }
  }

  /** Reads and folds a stream without deciding anything (queries on the write model, tests). */
  async load<E extends DomainEvent, S>(
    decider: Pick<Decider<Command, E, S>, 'evolve' | 'initialState'>,
    stream: string,
  ): Promise<{ state: S; revision: number }> {
    const history = await this.read<E>(stream);
    return { state: fold(decider, history), revision: history.length - 1 };
  }

  private async read<E extends DomainEvent>(stream: string): Promise<RecordedEvent<E>[]> {
    try {
      const events = await this.store.readStream(stream);
      return events.map((event) => this.upcasters.upcast(event)) as RecordedEvent<E>[];
    } catch (error) {
      if (error instanceof StreamNotFound) return [];
      throw error;
    }
  }
}

function fold<E extends DomainEvent, S>(decider: Pick<Decider<Command, E, S>, 'evolve' | 'initialState'>, events: readonly RecordedEvent<E>[]): S {
  let state = decider.initialState();
  for (const event of events) state = decider.evolve(state, { type: event.type, data: event.data } as E);
  return state;
}

function eventContext(command: Command): EventContext {
  const { now: _now, ...context } = command.metadata;
  return context;
}

function staleRevision(stream: string, expected: number, actual: number): Refusal {
  return new Refusal(
    'CONFLICT',
    `${stream} has changed since revision ${expected} (now ${actual}): reload it and try again`,
    { stream, expectedRevision: expected, currentRevision: actual },
  );
}
