import type { GraphQLFormattedError } from 'graphql';
import type { QueryLimit } from './edge/query-too-complex';
import { ERROR_CODES, type ErrorCode } from './error-codes';

/** Apollo's own codes for bad input, folded into ours. */
const BAD_INPUT = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** graphql-js's own bounds, met before our rules: the parser's token limit and its validation budget. */
const GRAPHQL_JS_LIMITS: Array<[RegExp, QueryLimit]> = [
  [/^Syntax Error: Document contains more tha[nt] \d+ tokens\. Parsing aborted\.$/, 'tokens'],
  [/^Validation aborted\.$/, 'validation'],
];

/**
 * Error masking (docs/design.md §8): our codes pass through; Apollo's input errors become VALIDATION_FAILED; anything
 * else is an internal error whose message and stack never reach the client (it is logged with the request's
 * correlation id instead).
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, log: (error: GraphQLFormattedError) => void = () => undefined): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? '');
  const { stacktrace: _stack, exception: _exception, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
  if (extensions.queryLimit) return { ...formatted, extensions: { ...extensions, code: 'QUERY_TOO_COMPLEX' } };
  const limit = GRAPHQL_JS_LIMITS.find(([pattern]) => pattern.test(formatted.message));
  if (limit && BAD_INPUT.has(code)) {
    const message =
      limit[1] === 'tokens'
        ? `the document has more than ${/\d+/.exec(formatted.message)?.[0]} tokens (GRAPHQL_MAX_TOKENS): send a smaller query, with values in variables`
        : 'the query is too complex to validate: send a smaller one';
    return { message, extensions: { code: 'QUERY_TOO_COMPLEX', queryLimit: limit[1] } };
  }
  if ((ERROR_CODES as readonly string[]).includes(code) && code !== 'INTERNAL_SERVER_ERROR') {
    return { ...formatted, extensions: { ...extensions, code: code as ErrorCode } };
  }
  if (BAD_INPUT.has(code)) {
    return { ...formatted, extensions: { ...extensions, code: 'VALIDATION_FAILED', reason: code } };
  }
  log(formatted);
  return {
    message: 'Internal error: the request failed on the server. Retry later or contact the operator with the correlation id.',
    ...(formatted.path ? { path: formatted.path } : {}),
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
