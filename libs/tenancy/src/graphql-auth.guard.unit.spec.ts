import { AuthenticationError, LocalTokenIssuer, createTokenVerifier, type Identity, type TokenVerifier } from '@cdv/auth';
import { authenticateRequest, fieldContext, type ApiRequest } from './graphql-auth.guard';
import { httpError, httpRequestContext } from './http-request-context';

const SECRET = 'tenancy-secret-tenancy-secret-0123456789';
const verifier = createTokenVerifier({ kind: 'local', secret: SECRET, issuer: 'cdv-local', audience: 'cdv-api', maxTokenAgeSeconds: 3600 });
const issuer = new LocalTokenIssuer(SECRET, 'cdv-local', 'cdv-api');
const request = (headers: Record<string, string | undefined>): ApiRequest => ({ headers });

async function bearer(identity: Identity): Promise<string> {
  return `Bearer ${await issuer.mint(identity)}`;
}

const agentMel: Identity = { sub: 'agent@mel', memberships: [{ tenant: 'mel', roles: ['agent'] }] };
const deux: Identity = {
  sub: 'multi',
  memberships: [
    { tenant: 'mel', roles: ['lecteur'] },
    { tenant: 'cahc', roles: ['admin'] },
  ],
};

describe('authenticating a request', () => {
  it('verifies the bearer token and resolves the workspace once per request', async () => {
    const verify = jest.fn((token: string) => verifier.verify(token));
    const counting: TokenVerifier = { verify };
    const req = request({ authorization: await bearer(agentMel), 'x-correlation-id': 'corr-7' });
    const [first, second] = await Promise.all([authenticateRequest(counting, req), authenticateRequest(counting, req)]);
    expect(first).toEqual({
      ok: true,
      context: {
        identity: { sub: 'agent@mel', memberships: agentMel.memberships },
        membership: agentMel.memberships[0],
        tenantId: 'mel',
        correlationId: 'corr-7',
      },
    });
    expect(second).toBe(first);
    expect(verify).toHaveBeenCalledTimes(1);
    expect(req.authenticated).toBe(first);
  });

  it.each([
    ['no Authorization header', {}, 'UNAUTHENTICATED', /missing bearer token/],
    ['another scheme', { authorization: 'Basic dXNlcjpwYXNz' }, 'UNAUTHENTICATED', /must be "Bearer <token>"/],
    ['a token that does not verify', { authorization: 'Bearer not.a.token' }, 'UNAUTHENTICATED', /./],
  ])('refuses %s with UNAUTHENTICATED', async (_label, headers, code, message) => {
    const result = await authenticateRequest(verifier, request(headers as Record<string, string>));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.extensions.code).toBe(code);
    expect(result.error.message).toMatch(message);
  });

  it('refuses a workspace the token has no membership of with TENANT_MISMATCH', async () => {
    const result = await authenticateRequest(verifier, request({ authorization: await bearer(agentMel), 'x-tenant': 'cahc' }));
    expect(result).toMatchObject({ ok: false, error: { extensions: { code: 'TENANT_MISMATCH' } } });
  });

  it('asks for X-Tenant when the token has several memberships', async () => {
    const without = await authenticateRequest(verifier, request({ authorization: await bearer(deux) }));
    expect(without).toMatchObject({ ok: false, error: { extensions: { code: 'TENANT_MISMATCH' } } });
    const named = await authenticateRequest(verifier, request({ authorization: await bearer(deux), 'x-tenant': 'cahc' }));
    expect(named).toMatchObject({ ok: true, context: { tenantId: 'cahc', membership: { roles: ['admin'] } } });
  });

  it('draws a correlation id when the request brings none', async () => {
    const result = await authenticateRequest(verifier, request({ authorization: await bearer(agentMel) }));
    expect(result.ok && result.context.correlationId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('lets an unexpected verifier failure through (an internal error, not a refusal)', async () => {
    const broken: TokenVerifier = { verify: async () => Promise.reject(new Error('JWKS unreachable')) };
    await expect(authenticateRequest(broken, request({ authorization: 'Bearer x' }))).rejects.toThrow('JWKS unreachable');
    const refusing: TokenVerifier = { verify: async () => Promise.reject(new AuthenticationError('expired')) };
    await expect(authenticateRequest(refusing, request({ authorization: 'Bearer x' }))).resolves.toMatchObject({ ok: false });
  });
});

describe('the context of one root field', () => {
  const caller = { identity: deux, membership: deux.memberships[1], tenantId: 'cahc', correlationId: 'c' };

  it('runs under the widest permitted role of the member', () => {
    expect(fieldContext(caller, ['admin', 'agent'], 'Mutation.x').role).toBe('admin');
  });

  it('is refused when the field permits none of the member’s roles, or has no @Permit at all', () => {
    expect(() => fieldContext(caller, ['porteur'], 'Mutation.deposerDossier')).toThrow(/Mutation.deposerDossier is not allowed for role admin/);
    expect(() => fieldContext(caller, undefined, 'Query.secret')).toThrow(/not open to any role/);
  });
});

describe('the HTTP endpoints beside /graphql', () => {
  it('check the token, the workspace and the endpoint’s roles as a field does', async () => {
    const context = await httpRequestContext(verifier, request({ authorization: await bearer(agentMel) }), ['agent'], 'GET /exports');
    expect(context).toMatchObject({ tenantId: 'mel', role: 'agent' });
    await expect(httpRequestContext(verifier, request({ authorization: await bearer(agentMel) }), ['admin'], 'GET /exports')).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN', permitted: ['admin'] },
    });
    await expect(httpRequestContext(verifier, request({}), ['agent'], 'GET /exports')).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('answer an error in the GraphQL shape with the status of its code, and hide what is not meant for the client', async () => {
    const refused = await httpRequestContext(verifier, request({ authorization: await bearer(agentMel) }), ['admin'], 'GET /x').catch(
      (error: unknown) => error,
    );
    expect(httpError(refused)).toMatchObject({ status: 403, internal: false, body: { errors: [{ extensions: { code: 'FORBIDDEN' } }] } });
    expect(httpError(new Error('SQLITE_BUSY at /data/events.db'))).toEqual({
      status: 500,
      internal: true,
      body: { errors: [{ message: 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] },
    });
  });
});
