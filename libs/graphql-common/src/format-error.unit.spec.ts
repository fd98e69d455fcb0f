import { formatGraphQLError } from './format-error';
import { refuse } from '@cdv/eventsourcing';
import { ApiError, refusalToError } from './error-codes';

describe('errors as the client sees them (docs/design.md §8)', () => {
  it('pass our codes through with their details, without stack traces', () => {
    const formatted = formatGraphQLError({ message: 'expected revision 2', extensions: { code: 'CONFLICT', currentRevision: 3, stacktrace: ['at x'] } });
    expect(formatted).toEqual({ message: 'expected revision 2', extensions: { code: 'CONFLICT', currentRevision: 3 } });
  });

  it('fold Apollo’s input errors into VALIDATION_FAILED, keeping which one it was', () => {
    expect(formatGraphQLError({ message: 'Variable "$input" got invalid value', extensions: { code: 'BAD_USER_INPUT' } })).toEqual({
      message: 'Variable "$input" got invalid value',
      extensions: { code: 'VALIDATION_FAILED', reason: 'BAD_USER_INPUT' },
    });
  });

  it('name the limits graphql-js meets before ours: QUERY_TOO_COMPLEX with what to do', () => {
    expect(
      formatGraphQLError({ message: 'Syntax Error: Document contains more than 5000 tokens. Parsing aborted.', extensions: { code: 'GRAPHQL_PARSE_FAILED' } }),
    ).toEqual({
      message: 'the document has more than 5000 tokens (GRAPHQL_MAX_TOKENS): send a smaller query, with values in variables',
      extensions: { code: 'QUERY_TOO_COMPLEX', queryLimit: 'tokens' },
    });
    expect(formatGraphQLError({ message: 'too deep', extensions: { code: 'GRAPHQL_VALIDATION_FAILED', queryLimit: 'depth' } }).extensions).toEqual({
      code: 'QUERY_TOO_COMPLEX',
      queryLimit: 'depth',
    });
  });

  it('mask everything else as an internal error, logged for the operator, its message never sent', () => {
    const logged: unknown[] = [];
    const formatted = formatGraphQLError(
      { message: 'SQLITE_CORRUPT: /data/events.db', path: ['dossier'], locations: [{ line: 1, column: 3 }], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      (error) => logged.push(error),
    );
    expect(formatted.message).not.toContain('SQLITE');
    expect(formatted).toMatchObject({ path: ['dossier'], locations: [{ line: 1, column: 3 }], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(logged).toEqual([expect.objectContaining({ message: 'SQLITE_CORRUPT: /data/events.db' })]);
    expect(formatGraphQLError({ message: 'TypeError: x is undefined' }).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});

describe('a domain refusal', () => {
  it('travels to the client with its code and details unchanged', () => {
    const error = refusalToError(refuse.invalidTransition('solde', 'ModifierDossier', 'dossier is soldé'));
    expect(error).toBeInstanceOf(ApiError);
    expect(error.message).toBe('dossier is soldé');
    expect(error.extensions).toEqual({ state: 'solde', command: 'ModifierDossier', code: 'INVALID_TRANSITION' });
  });

  it('keeps its code even when a detail names a field `code`', () => {
    expect(new ApiError('VALIDATION_FAILED', 'bad', { code: 'sneaky', field: 'x' }).extensions).toEqual({ code: 'VALIDATION_FAILED', field: 'x' });
  });
});
