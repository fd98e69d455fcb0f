import type { DomainEvent, EventContext } from './envelope';
import type { Refusal } from './refusal';

/**
 * A command: what a user asks for, with who asks and why. `now` is the server clock at the time of the
 * decision, so deciders stay pure (no Date.now() inside).
 */
export interface Command<Type extends string = string, Data = unknown> {
  type: Type;
  data: Data;
  metadata: CommandMetadata;
}

export interface CommandMetadata extends EventContext {
  now: string;
  /**
   * What the client sent for this command (the API input), when it came through the API: the idempotency
   * fingerprint is computed from it and the command type. Never stored.
   */
  request?: unknown;
}

/**
 * Emmett-style decider: plain functions, no framework. `decide` returns the events to append, or a Refusal.
 * An empty array means "nothing to do" (the command is already satisfied).
 */
export interface Decider<C extends Command, E extends DomainEvent, S> {
  decide(command: C, state: S): E[] | Refusal;
  evolve(state: S, event: E): S;
  initialState(): S;
}

/** Folds events into a state with a decider's evolve. */
export function fold<E extends DomainEvent, S>(decider: Pick<Decider<Command, E, S>, 'evolve' | 'initialState'>, events: readonly E[]): S {
  return events.reduce((state, event) => decider.evolve(state, event), decider.initialState());
}
