/**
 * The gateway's fetch to a subgraph. Node's fetch (undici) closes an idle connection before the subgraph's server
 * does (it reads its Keep-Alive timeout), where Apollo's default fetcher kept it and could send on a socket being
 * closed. A connection can still fail under load (a reset, a refused connect while a service restarts): a read is
 * then sent again, at most twice, a moment later; a mutation is not (it may have been applied), its error stands.
 */
const CONNECTION_ERRORS = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);
const RETRIES = 2;

export async function subgraphFetch(url: string, init: RequestInit): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetch(url, init);
    } catch (error) {
      if (attempt >= RETRIES || !connectionFailed(error) || !isRead(init.body)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25 * (attempt + 1)));
    }
  }
}

function connectionFailed(error: unknown): boolean {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  return typeof cause?.code === 'string' && CONNECTION_ERRORS.has(cause.code);
}

/** The operation the gateway planned for the subgraph is a query (its text starts with `query` or `{`). */
function isRead(body: RequestInit['body']): boolean {
  if (typeof body !== 'string') return false;
  try {
    const { query } = JSON.parse(body) as { query?: unknown };
    return typeof query === 'string' && /^\s*(query\b|\{)/.test(query);
  } catch {
    return false;
  }
}
