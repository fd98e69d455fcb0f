import { SignJWT } from 'jose';
import { StandaloneModule } from '@cdv/topologies';
import { startTestApp, TEST_AUTH_SECRET, type TestApp } from '@cdv/app-harness';

/** 13 levels through a recursive field (a conseil citoyen's association's conseils…): over the limit of 12. */
const DEEP = `{ partenaire(id: "x") { ${'associationPorteuse { conseilsPortes { '.repeat(6)}id${' } }'.repeat(6)} } }`;

const MOI = '{ moi { userId tenantId roles organisationId workspaces } }';

describe('standalone app: platform, identity and hardening', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp('standalone', StandaloneModule.forRoot);
  });
  afterAll(() => app.close());

  it('answers version and health without a token', async () => {
    const data = await app.client.ok<{ version: { app: string; eventStore: string }; health: { status: string } }>(
      '{ version { version app eventStore readStore } health { status checks { name status } } }',
    );
    expect(data.version).toMatchObject({ app: 'standalone', eventStore: 'memory' });
    expect(data.health.status).toBe('ok');
  });

  it('serves health and metrics over HTTP', async () => {
    const base = app.url.replace('/graphql', '');
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready' });
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toContain('cdv_graphql_request_duration_seconds');
  });

  it('tells the caller who they are in the requested workspace', async () => {
    const token = await app.token('mel', 'instructeur', 'etat-ddets', [{ tenant: 'cahc', roles: ['lecteur'] }]);
    const data = await app.client.as(token, 'mel').ok<{ moi: Record<string, unknown> }>(MOI);
    expect(data.moi).toEqual({ userId: 'instructeur@mel', tenantId: 'mel', roles: ['instructeur'], organisationId: 'etat-ddets', workspaces: ['mel', 'cahc'] });
  });

  describe('refusals', () => {
    const sign = (claims: Record<string, unknown>, options: { secret?: string; exp?: string | number | null; iat?: number; iss?: string } = {}) => {
      const jwt = new SignJWT({ memberships: [{ tenant: 'mel', roles: ['agent'] }], ...claims })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('someone')
        .setIssuer(options.iss ?? 'cdv-local')
        .setAudience('cdv-api')
        .setIssuedAt(options.iat);
      if (options.exp !== null) jwt.setExpirationTime(options.exp ?? '1h');
      return jwt.sign(new TextEncoder().encode(options.secret ?? TEST_AUTH_SECRET));
    };

    it('no token → UNAUTHENTICATED', async () => {
      await app.client.fails(MOI, {}, 'UNAUTHENTICATED');
    });

    it.each([
      ['malformed', async () => 'not-a-jwt'],
      ['wrongly signed', async () => sign({}, { secret: 'another-secret-another-secret-another-secret' })],
      ['expired', async () => sign({}, { exp: Math.floor(Date.now() / 1000) - 60 })],
      ['without expiry (no exp)', async () => sign({}, { exp: null })],
      ['older than AUTH_TOKEN_MAX_AGE_MINUTES, whatever its exp', async () => sign({}, { iat: Math.floor(Date.now() / 1000) - 13 * 3600, exp: '30d' })],
      ['from another issuer', async () => sign({}, { iss: 'somebody-else' })],
      ['without memberships', async () => sign({ memberships: 'all' })],
      ['with an unknown role', async () => sign({ memberships: [{ tenant: 'mel', roles: ['superuser'] }] })],
    ])('%s token → UNAUTHENTICATED', async (_label, make) => {
      const error = await app.client.as(await make(), 'mel').fails(MOI, {}, 'UNAUTHENTICATED');
      expect(error.message).not.toMatch(/at .*\.ts/);
    });

    it('a tenant outside the token → TENANT_MISMATCH', async () => {
      const token = await app.token('mel', 'agent');
      await app.client.as(token, 'cabbalr').fails(MOI, {}, 'TENANT_MISMATCH');
      await app.client.as(token, 'NOT A TENANT').fails(MOI, {}, 'TENANT_MISMATCH');
    });

    it('an over-deep query → QUERY_TOO_COMPLEX, before any resolver runs', async () => {
      const response = await app.client.request(DEEP);
      expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX' } });
    });

    it('a too costly query (many large pages) → QUERY_TOO_COMPLEX', async () => {
      const pages = Array.from({ length: 25 }, (_, i) => `p${i}: qpvs(first: 200) { edges { node { id nom code } } }`).join(' ');
      const response = await app.client.request(`{ ${pages} }`);
      expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX' } });
      expect(response.errors?.[0].message).toMatch(/cost \d+ exceeds the limit of 20000/);
    });

    it('an oversized request → PAYLOAD_TOO_LARGE', async () => {
      const response = await app.client.request(`{ version { version } }`, { padding: 'x'.repeat(2_000_000) });
      expect(response.status).toBe(413);
      expect(response.errors?.[0].extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    });

    it('malformed queries and variables → VALIDATION_FAILED', async () => {
      expect((await app.client.request('{ version { ')).errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
      expect((await app.client.request('{ nope }')).errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
      const response = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
      expect(response.status).toBe(400);
    });

    it('keeps serving after all of that', async () => {
      const data = await app.client.ok<{ version: { app: string } }>('{ version { app } }');
      expect(data.version.app).toBe('standalone');
    });
  });
});
