import { useCallback, useEffect, useRef, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql';
import { useAuth } from '../auth/AuthContext';
import { useAsOf } from '../shared/as-of';
import { ApiError, execute } from './client';

export interface QueryState<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  refetch(): Promise<T | null>;
}

/**
 * Runs a typed query with the session's token and workspace; `asOf` comes from the URL for every document that
 * declares it. An expired token (UNAUTHENTICATED) brings the sign-in over the screen; the query runs again with
 * the new token.
 */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: Omit<TVariables, 'asOf'>,
  options: { skip?: boolean } = {},
): QueryState<TResult> {
  const { session, signalerExpiration } = useAuth();
  const { asOf } = useAsOf();
  const declareAsOf = document.toString().includes('$asOf');
  const fullVariables = (declareAsOf ? { ...variables, asOf } : variables) as TVariables;
  const key = JSON.stringify(fullVariables);
  const [state, setState] = useState<{ data: TResult | null; error: ApiError | null; loading: boolean }>({ data: null, error: null, loading: true });
  const controller = useRef<AbortController | null>(null);

  const run = useCallback(async (): Promise<TResult | null> => {
    if (!session || options.skip) return null;
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    setState((current) => ({ ...current, loading: true }));
    try {
      const data = await execute(document, JSON.parse(key) as TVariables, { token: session.token, tenant: session.tenant }, abort.signal);
      if (!abort.signal.aborted) setState({ data, error: null, loading: false });
      return data;
    } catch (error) {
      if ((error as Error).name === 'AbortError') return null;
      const apiError = error instanceof ApiError ? error : new ApiError(String(error), 'INTERNAL_SERVER_ERROR');
      if (apiError.code === 'UNAUTHENTICATED') signalerExpiration();
      setState((current) => ({ data: current.data, error: apiError, loading: false }));
      return null;
    }
    // the session object changes on sign-in: the query runs again with the new token
  }, [document, key, session, options.skip, signalerExpiration]);

  useEffect(() => {
    void run();
    return () => controller.current?.abort();
  }, [run]);

  return { ...state, refetch: run };
}
