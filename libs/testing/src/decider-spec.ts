import { isRefusal, type Command, type Decider, type DomainEvent, type RefusalCode } from '@cdv/eventsourcing';

/**
 * given/when/then for deciders (Emmett's DeciderSpecification):
 *
 *   spec(dossierDecider).given([deposed]).when(mettreEnInstruction).then([misEnInstruction]);
 *   spec(dossierDecider).given([]).when(voter).thenRefused('INVALID_TRANSITION');
 */
export function deciderSpec<C extends Command, E extends DomainEvent, S>(decider: Decider<C, E, S>) {
  return {
    given(events: readonly E[]) {
      return {
        when(command: C) {
          const state = events.reduce((current, event) => decider.evolve(current, event), decider.initialState());
          const decision = decider.decide(command, state);
          return {
            /** Exact events, in order. */
            then(expected: readonly E[]) {
              if (isRefusal(decision)) {
                throw new Error(`expected events, got refusal ${decision.code}: ${decision.message}`);
              }
              expect(decision).toEqual(expected);
            },
            /** Events matching partially (expect.objectContaining semantics). */
            thenMatches(expected: readonly Partial<E>[]) {
              if (isRefusal(decision)) {
                throw new Error(`expected events, got refusal ${decision.code}: ${decision.message}`);
              }
              expect(decision).toMatchObject(expected);
            },
            thenNothing() {
              expect(decision).toEqual([]);
            },
            thenRefused(code: RefusalCode, messageContains?: string | RegExp, details?: Record<string, unknown>) {
              if (!isRefusal(decision)) {
                throw new Error(`expected refusal ${code}, got events ${JSON.stringify(decision)}`);
              }
              expect(decision.code).toBe(code);
              if (messageContains) expect(decision.message).toMatch(messageContains);
              if (details) expect(decision.details).toMatchObject(details);
            },
          };
        },
      };
    },
  };
}
