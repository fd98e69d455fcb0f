/**
 * Deciders return refusals as values, never throw them. The codes are those of the GraphQL contract
 * (docs/design.md §8), so a refusal travels to the client unchanged.
 */
export type RefusalCode = 'VALIDATION_FAILED' | 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'INVALID_TRANSITION';

export class Refusal {
  readonly refused = true;
  constructor(
    readonly code: RefusalCode,
    readonly message: string,
    readonly details: Record<string, unknown> = {},
  ) {}
}

export function isRefusal(value: unknown): value is Refusal {
  return value instanceof Refusal;
}

export const refuse = {
  /** Bad input: name the field. */
  validation: (field: string, message: string, details: Record<string, unknown> = {}) => new Refusal('VALIDATION_FAILED', message, { field, ...details }),
  notFound: (what: string, id: string) => new Refusal('NOT_FOUND', `${what} ${id} not found`, { what, id }),
  forbidden: (message: string, details: Record<string, unknown> = {}) => new Refusal('FORBIDDEN', message, details),
  /** The aggregate is not in a state that allows the command: name both. */
  invalidTransition: (state: string, command: string, message?: string) =>
    new Refusal('INVALID_TRANSITION', message ?? `${command} is not allowed while ${state}`, { state, command }),
  /** A business duplicate (the thing exists already). */
  conflict: (message: string, details: Record<string, unknown> = {}) => new Refusal('CONFLICT', message, details),
};
