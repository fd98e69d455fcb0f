/**
 * Bad input to an audit query, with the code of the GraphQL contract (docs/design.md §8) and the field, so that the
 * resolvers can turn it into an ApiError as it is.
 */
export type AuditErrorCode = 'VALIDATION_FAILED' | 'NOT_FOUND' | 'TENANT_MISMATCH';

export class AuditQueryError extends Error {
  override readonly name = 'AuditQueryError';
  constructor(
    readonly code: AuditErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}
