import { checkCommandLimits } from './command-limits';
import type { Command, Decider } from './decider';
import type { DomainEvent, EventContext, RecordedEvent } from './envelope';
import { StreamNotFound, WrongExpectedRevision, type EventStore, type ReadStreamOptions, readStreamOrEmpty } from './event-store.port';
import { commandFingerprint, idempotencyKeyReuse } from './command-fingerprint';
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
  /**
   * False for a command whose data the server computed entirely (a seal lists every stream head of a workspace):
   * its metadata is still bounded, its data is not held to COMMAND_LIMITS, which bound what callers send.
   */
  boundedData?: boolean;
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
  /**
   * Folded states kept per stream (least recently used dropped), so that a command reads only the events
   * appended since (default 4 096 streams; 0 turns the cache off). A cached state is handed to `decide` and
   * returned by `load`/`handle` as it is, not copied: states are values (evolve returns a new state and never
   * mutates its input: "pure deciders", docs/design.md §9), and callers must not mutate what they get either.
   */
  stateCacheSize?: number;
}

/** Streams whose folded state the handler keeps by default. */
export const DEFAULT_STATE_CACHE_SIZE = 4_096;
/** A stream with more recorded commandIds than this is not cached (its id set would be large). */
const MAX_CACHED_COMMAND_IDS = 100_000;

/**
 * What the handler knows of a stream: the fold of its events 0..revision by one decider's `evolve` and
 * `initialState`, and the commandIds those events carry. History is append-only and immutable, so an entry stays
 * true forever; it only falls behind (other handlers, other processes write too). So a command first decides on the
 * entry without reading and appends with the entry's revision as the expected one: the store accepts only if the
 * entry was the head. Otherwise (a conflict), and for every refusal or empty decision, which no append confirms,
 * the handler reads the events after `revision`, folds them on and decides again: every answer stands on the
 * stream's current head, exactly as with a full read.
 */
interface StreamState {
  evolve: unknown;
  initialState: unknown;
  revision: number;
  state: unknown;
  /** commandIds of events 0..revision (may also hold ids of later events, read by a concurrent call: still stored ones). */
  commandIds: CommandRevisions;
}

/**
 * commandId → the revisions of the events it appended (first, last): one command is one append, so its events
 * are consecutive, and a replay reads just them.
 */
type CommandRevisions = Map<string, [number, number]>;

function recordCommand(commandIds: CommandRevisions, event: RecordedEvent): void {
  const commandId = event.metadata.commandId;
  if (!commandId) return;
  const range = commandIds.get(commandId);
  if (range) range[1] = Math.max(range[1], event.revision);
  else commandIds.set(commandId, [event.revision, event.revision]);
}

/** Current state of a stream for one decider, from the cache plus the events after it, or from a full read. */
interface Current<E extends DomainEvent, S> {
  revision: number;
  state: S;
  /** The cache entry's own map when it came from the cache: the handler adds the commandId it appends. */
  commandIds: CommandRevisions;
  /** The whole stream, when it was read in full for this call. */
  history?: RecordedEvent<E>[];
}

/**
 * The one generic command handler (Emmett's `handleCommand`): read the stream, fold, decide, append with the
 * expected revision. Domain refusals come back as values. A command carrying a commandId that this stream has
 * already recorded returns the first result and appends nothing.
 */
export class CommandHandler {
  private readonly upcasters: UpcasterRegistry;
  private readonly cacheSize: number;
  /** stream → state, in least-recently-used order (first = oldest). */
  private readonly cache = new Map<string, StreamState>();
  /** Upcasters registered when the cached states were folded: a registration afterwards empties the cache. */
  private upcasterCount: number;

  constructor(
    private readonly store: EventStore,
    options: CommandHandlerOptions = {},
  ) {
    this.upcasters = options.upcasters ?? NO_UPCASTERS;
    this.cacheSize = Math.max(0, options.stateCacheSize ?? DEFAULT_STATE_CACHE_SIZE);
    this.upcasterCount = this.upcasters.size;
  }

  async handle<C extends Command, E extends DomainEvent, S>(decider: Decider<C, E, S>, request: HandleCommandRequest<C>): Promise<CommandResult<E, S>> {
    const { stream, command } = request;
    // Nothing outside the bounds of what the log keeps forever is even decided (command-limits.ts).
    const outOfBounds = checkCommandLimits(command, { data: request.boundedData !== false });
    if (outOfBounds) return { ok: false, refusal: outOfBounds, currentRevision: (await this.load(decider, stream)).revision };
    const commandId = command.metadata.commandId;
    let retries = request.expectedRevision === undefined ? (request.retriesOnConflict ?? 3) : 0;
    let trustCache = true;
    for (;;) {
      // First attempt: the cached state as it is, without reading the store. The append's expected revision
      // confirms it was the head; whatever an append cannot confirm (a refusal, nothing to do) is decided again
      // on a fresh read below, so every answer stands on the stream's current head.
      const cached = trustCache ? this.cached<E, S>(decider, stream, request.expectedRevision, commandId) : null;
      trustCache = false;
      const current = cached ?? (await this.current<E, S>(decider, stream));
      const revision = current.revision;

      const replayed = commandId ? current.commandIds.get(commandId) : undefined;
      if (commandId && replayed) {
        // a replay: the command's own events, and the state of the stream now (as a full read would fold it)
        const [from, to] = replayed;
        const events = current.history ? current.history.slice(from, to + 1) : await this.read<E>(stream, { fromRevision: from, maxCount: to - from + 1 });
        const previous = events.filter((event) => event.metadata.commandId === commandId);
        if (previous.length > 0) {
          const reuse = await idempotencyKeyReuse(command, previous, async () => {
            // a key recorded before fingerprints: what would this command decide on the state before its events?
            const before = current.history ? current.history.slice(0, from) : from > 0 ? await this.read<E>(stream, { maxCount: from }) : [];
            const decision = decider.decide(command, fold(decider, before));
            return isRefusal(decision) ? null : decision.map((event) => event.type);
          });
          if (reuse) return { ok: false, refusal: reuse, currentRevision: revision };
          return {
            ok: true,
            events: previous,
            nextExpectedRevision: previous[previous.length - 1].revision,
            lastPosition: previous[previous.length - 1].position,
            state: current.state,
            replayed: true,
          };
        }
      }

      if (request.expectedRevision !== undefined && request.expectedRevision !== revision) {
        return { ok: false, refusal: staleRevision(stream, request.expectedRevision, revision), currentRevision: revision };
      }

      const state = current.state;
      const decision = decider.decide(command, state);
      if (isRefusal(decision) || decision.length === 0) {
        if (cached) continue; // confirm on the current head
        if (isRefusal(decision)) return { ok: false, refusal: decision, currentRevision: revision };
        return { ok: true, events: [], nextExpectedRevision: revision, lastPosition: 0, state, replayed: false };
      }

      const context = eventContext(command);
      const newEvents = decision.map((event, index) => ({
        id: commandId ? uuidFromName(`${commandId}:${stream}:${index}`) : uuidv7(),
        type: event.type,
        schemaVersion: this.upcasters.currentVersion(event.type),
        data: event.data,
        metadata: context,
      }));
      try {
        const appended = await this.store.append(stream, newEvents, {
          expectedRevision: revision < 0 ? 'no_stream' : revision,
        });
        if (appended.alreadyStored) {
          // the store answered with this command's events, written meanwhile by another handler: a replay
          this.cache.delete(stream);
          continue;
        }
        const next = decision.reduce((folded, event) => decider.evolve(folded, event), state);
        for (const event of appended.events) recordCommand(current.commandIds, event);
        this.remember(stream, {
          evolve: decider.evolve,
          initialState: decider.initialState,
          revision: appended.nextExpectedRevision,
          state: next,
          commandIds: current.commandIds,
        });
        return {
          ok: true,
          events: appended.events as RecordedEvent<E>[],
          nextExpectedRevision: appended.nextExpectedRevision,
          lastPosition: appended.positions[appended.positions.length - 1],
          state: next,
          replayed: false,
        };
      } catch (error) {
        if (!(error instanceof WrongExpectedRevision)) throw error;
        // The cache was only behind: read what follows it. Not a conflict of the caller's, who named no revision.
        if (cached && request.expectedRevision === undefined) continue;
        this.cache.delete(stream); // any doubt: the next read is a full one
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
    const { state, revision } = await this.current<E, S>(decider, stream);
    return { state, revision };
  }

  /** Forgets every cached state (tests, or after restoring a store from a backup). */
  clearStateCache(): void {
    this.cache.clear();
  }

  /**
   * The cached state of the stream for this decider, used without reading the store, or null when a read is
   * needed anyway: nothing cached, upcasters registered since, the caller expects another revision, or the
   * commandId is known (a replay answers from the history).
   */
  private cached<E extends DomainEvent, S>(
    decider: Pick<Decider<Command, E, S>, 'evolve' | 'initialState'>,
    stream: string,
    expectedRevision: number | undefined,
    commandId: string | undefined,
  ): Current<E, S> | null {
    if (this.upcasters.size !== this.upcasterCount) return null;
    const entry = this.cache.get(stream);
    if (!entry || entry.evolve !== decider.evolve || entry.initialState !== decider.initialState) return null;
    if (expectedRevision !== undefined && expectedRevision !== entry.revision) return null;
    if (commandId && entry.commandIds.has(commandId)) return null;
    return { revision: entry.revision, state: entry.state as S, commandIds: entry.commandIds };
  }

  /**
   * The stream's state now, for this decider: the cached fold plus the events appended after it, or a full read
   * and fold when nothing usable is cached. Either way the store was read just now.
   */
  private async current<E extends DomainEvent, S>(decider: Pick<Decider<Command, E, S>, 'evolve' | 'initialState'>, stream: string): Promise<Current<E, S>> {
    if (this.upcasters.size !== this.upcasterCount) {
      this.cache.clear();
      this.upcasterCount = this.upcasters.size;
    }
    const cached = this.cache.get(stream);
    if (cached && cached.evolve === decider.evolve && cached.initialState === decider.initialState) {
      const tail = await this.readTail<E>(stream, cached.revision);
      if (tail) {
        let state = cached.state as S;
        for (const event of tail) {
          state = decider.evolve(state, { type: event.type, data: event.data } as E);
          recordCommand(cached.commandIds, event);
        }
        const revision = cached.revision + tail.length;
        this.remember(stream, { ...cached, revision, state });
        return { revision, state, commandIds: cached.commandIds };
      }
    }
    const history = await this.read<E>(stream);
    const state = fold(decider, history);
    const revision = history.length - 1;
    const commandIds: CommandRevisions = new Map();
    for (const event of history) recordCommand(commandIds, event);
    if (revision >= 0) this.remember(stream, { evolve: decider.evolve, initialState: decider.initialState, revision, state, commandIds });
    return { revision, state, commandIds, history };
  }

  /** Events after `revision`, upcast; null when they do not follow it exactly (then the caller reads it all). */
  private async readTail<E extends DomainEvent>(stream: string, revision: number): Promise<RecordedEvent<E>[] | null> {
    let events: RecordedEvent[];
    try {
      events = await this.store.readStream(stream, { fromRevision: revision + 1 });
    } catch (error) {
      this.cache.delete(stream);
      if (error instanceof StreamNotFound) return null;
      throw error;
    }
    for (let index = 0; index < events.length; index++) {
      if (events[index].revision !== revision + 1 + index) {
        this.cache.delete(stream);
        return null;
      }
    }
    return events.map((event) => this.upcasters.upcast(event)) as RecordedEvent<E>[];
  }

  /** Keeps the furthest state known for the stream, as the most recently used entry. */
  private remember(stream: string, entry: StreamState): void {
    if (this.cacheSize === 0) return;
    const existing = this.cache.get(stream);
    if (existing && existing.revision > entry.revision && existing.evolve === entry.evolve && existing.initialState === entry.initialState) {
      entry = existing; // a concurrent call got further
    }
    this.cache.delete(stream);
    if (entry.commandIds.size > MAX_CACHED_COMMAND_IDS) return;
    this.cache.set(stream, entry);
    if (this.cache.size > this.cacheSize) this.cache.delete(this.cache.keys().next().value as string);
  }

  private async read<E extends DomainEvent>(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent<E>[]> {
    const events = await readStreamOrEmpty(this.store, stream, options);
    return events.map((event) => this.upcasters.upcast(event)) as RecordedEvent<E>[];
  }
}

function fold<E extends DomainEvent, S>(decider: Pick<Decider<Command, E, S>, 'evolve' | 'initialState'>, events: readonly RecordedEvent<E>[]): S {
  let state = decider.initialState();
  for (const event of events) state = decider.evolve(state, { type: event.type, data: event.data } as E);
  return state;
}

/** What the events record of the command: all but the server clock and the client's request (of which only the fingerprint). */
function eventContext(command: Command): EventContext {
  const { now: _now, request: _request, ...context } = command.metadata;
  const fingerprint = commandFingerprint(command);
  return fingerprint ? { ...context, commandFingerprint: fingerprint } : context;
}

function staleRevision(stream: string, expected: number, actual: number): Refusal {
  return new Refusal('CONFLICT', `${stream} has changed since revision ${expected} (now ${actual}): reload it and try again`, {
    stream,
    expectedRevision: expected,
    currentRevision: actual,
  });
}
