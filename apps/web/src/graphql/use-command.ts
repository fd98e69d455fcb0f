import { useCallback, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql';
import { useAuth } from '../auth/AuthContext';
import { ApiError, execute } from './client';

/**
 * Sends a command (a mutation): keeps its refusal (code, field, server message) for the form to show on the
 * field; an expired token brings the sign-in over the form, whose typed values stay where they are.
 */
export function useCommand<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>) {
  const { session, signalerExpiration } = useAuth();
  const [state, setState] = useState<{ sending: boolean; error: ApiError | null; data: TResult | null }>({ sending: false, error: null, data: null });

  const send = useCallback(
    async (variables: TVariables): Promise<{ ok: true; data: TResult } | { ok: false; error: ApiError }> => {
      if (!session) return { ok: false, error: new ApiError('Connectez-vous pour agir.', 'UNAUTHENTICATED') };
      setState({ sending: true, error: null, data: null });
      try {
        const data = await execute(document, variables, { token: session.token, tenant: session.tenant });
        setState({ sending: false, error: null, data });
        return { ok: true, data };
      } catch (error) {
        const apiError = error instanceof ApiError ? error : new ApiError(String(error), 'INTERNAL_SERVER_ERROR');
        if (apiError.code === 'UNAUTHENTICATED') signalerExpiration();
        setState({ sending: false, error: apiError, data: null });
        return { ok: false, error: apiError };
      }
    },
    [document, session, signalerExpiration],
  );
  const reset = useCallback(() => setState({ sending: false, error: null, data: null }), []);
  return { ...state, send, reset };
}

/** A fresh idempotency key per form submission (a network retry of the same submission writes once). */
export function nouvelIdCommande(): string {
  return crypto.randomUUID();
}
