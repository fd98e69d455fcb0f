import { getIntrospectionQuery } from 'graphql';
import type { TestApp } from '@cdv/app-harness';
import { hostile } from '@cdv/testing';
import { startTopology, TOPOLOGIES } from './support/topologies';

/**
 * What an anonymous or hostile caller can make the GraphQL edge do (issue 12, items 1, 2 and 9), on the embedded
 * app and through the gateway. Work is bounded by a CPU budget of this process (where every app of the test
 * runs), far above what a refusal costs (a few ms) and far below what the hostile documents cost unbounded
 * (seconds to minutes): no wall-clock timing, which a busy machine would make flaky.
 */
const CPU_BUDGET_MS = 2_000;

interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  bytes: number;
  cpuMs: number;
}

async function post(app: TestApp, body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Answer> {
  const before = process.cpuUsage();
  const response = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await response.text();
  const used = process.cpuUsage(before);
  return { status: response.status, body: JSON.parse(text) as Answer['body'], bytes: text.length, cpuMs: (used.user + used.system) / 1000 };
}

const firstError = (answer: Answer) => ({ status: answer.status, ...answer.body.errors?.[0]?.extensions });

describe.each(TOPOLOGIES)('GraphQL edge (%s)', (topology) => {
  let app: TestApp;
  let bearer: Record<string, string>;
  beforeAll(async () => {
    app = await startTopology(topology);
    bearer = { authorization: `Bearer ${await app.token('cahc', 'lecteur')}`, 'x-tenant': 'cahc' };
  }, 60_000);
  afterAll(() => app.close());

  describe('bounded work for anonymous callers', () => {
    it('the 872-byte chain of 21 fragments, each spreading the next twice, is refused on cost within the budget', async () => {
      const answer = await post(app, { query: hostile.flatFragmentChain(21) });
      expect(firstError(answer)).toMatchObject({ status: 400, code: 'QUERY_TOO_COMPLEX', queryLimit: 'cost' });
      expect(answer.cpuMs).toBeLessThan(CPU_BUDGET_MS);
    });

    it('a 60-level chain through nested fields (2^60 when expanded) is refused within the same budget', async () => {
      const answer = await post(app, { query: hostile.nestedFragmentChain(60) });
      expect(answer.body.errors?.map((error) => error.extensions?.queryLimit).sort()).toEqual(['cost', 'depth']);
      expect(answer.cpuMs).toBeLessThan(CPU_BUDGET_MS);
    });

    it.each([
      [200, 'aliases'],
      [1200, 'tokens'],
    ])('%i aliased `__schema` are refused (%s) with a small answer, even to a caller with a token', async (count, limit) => {
      for (const headers of [{}, bearer]) {
        const answer = await post(app, { query: hostile.aliasedSchemas(count) }, headers);
        expect(firstError(answer)).toMatchObject({ status: 400, code: 'QUERY_TOO_COMPLEX', queryLimit: limit });
        expect(answer.bytes).toBeLessThan(2_000);
        expect(answer.cpuMs).toBeLessThan(CPU_BUDGET_MS);
      }
    });

    it('keeps answering after all of that', async () => {
      expect((await post(app, { query: '{ version { app } }' })).body.data).toBeTruthy();
      const live = await fetch(app.url.replace('/graphql', '/health/live'));
      expect(live.status).toBe(200);
    });
  });

  describe('headers that end up in the permanent log', () => {
    it('an X-Correlation-Id over 128 characters or with other characters is refused; a fitting one is echoed', async () => {
      for (const given of ['x'.repeat(8 * 1024), 'une phrase avec des espaces', 'a,b']) {
        const answer = await post(app, { query: '{ version { app } }' }, { 'x-correlation-id': given });
        expect(firstError(answer)).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', field: 'X-Correlation-Id' });
      }
      const response = await fetch(app.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-correlation-id': '0190c3f2-7b1e-7c3a-9f00-1234567890ab' },
        body: JSON.stringify({ query: '{ version { app } }' }),
      });
      expect(response.headers.get('x-correlation-id')).toBe('0190c3f2-7b1e-7c3a-9f00-1234567890ab');
    });

    it('an oversized X-Tenant is refused without being echoed whole', async () => {
      const answer = await post(app, { query: '{ moi { tenantId } }' }, { ...bearer, 'x-tenant': 'x'.repeat(8 * 1024) });
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('TENANT_MISMATCH');
      expect(answer.bytes).toBeLessThan(1_000);
    });
  });

  describe('introspection (GRAPHQL_INTROSPECTION=authenticated, the default)', () => {
    it('is refused without a token, and field suggestions do not leak the schema', async () => {
      expect(firstError(await post(app, { query: '{ __schema { queryType { name } } }' }))).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
      expect(firstError(await post(app, { query: '{ __type(name: "Dossier") { name } }' }))).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
      const misspelt = await post(app, { query: '{ versio { app } }' });
      expect(misspelt.body.errors?.[0].message).not.toMatch(/Did you mean/);
      expect((await post(app, { query: '{ __typename }' })).body.data).toEqual({ __typename: 'Query' });
    });

    it('answers the introspection query of GraphQL tools to a caller with a token', async () => {
      const answer = await post(app, { query: getIntrospectionQuery() }, bearer);
      expect(answer.body.errors).toBeUndefined();
      expect((answer.body.data as { __schema: { types: unknown[] } }).__schema.types.length).toBeGreaterThan(100);
    });
  });

  describe('client mistakes get a 4xx and a code, not an internal error', () => {
    it.each([
      [
        'several operations without operationName',
        { query: 'query A { version { app } } query B { version { app } }' },
        400,
        'VALIDATION_FAILED',
        'OPERATION_NAME_REQUIRED',
      ],
      ['an unknown operationName', { query: 'query A { version { app } }', operationName: 'B' }, 400, 'VALIDATION_FAILED', 'UNKNOWN_OPERATION'],
      ['a subscription', { query: 'subscription { version { app } }' }, 400, 'VALIDATION_FAILED', 'SUBSCRIPTION_NOT_SUPPORTED'],
      [
        'a persisted query the server does not know',
        { extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } } },
        404,
        'PERSISTED_QUERY_NOT_FOUND',
        undefined,
      ],
    ])('%s', async (_label, body, status, code, reason) => {
      const answer = await post(app, body);
      expect(firstError(answer)).toMatchObject({ status, code, ...(reason ? { reason } : {}) });
      expect(answer.body.errors?.[0].message).not.toMatch(/Internal error/);
    });

    it('a persisted query is served once registered (automatic persisted queries)', async () => {
      const query = '{ version { app } }';
      const { createHash } = await import('node:crypto');
      const persistedQuery = { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') };
      expect((await post(app, { query, extensions: { persistedQuery } })).body.data).toBeTruthy();
      expect((await post(app, { extensions: { persistedQuery } })).body.data).toBeTruthy();
    });
  });
});

describe('introspection policy, configured', () => {
  it.each([
    ['public', 200, undefined, 200, undefined],
    ['off', 403, 'FORBIDDEN', 403, 'FORBIDDEN'],
  ])('GRAPHQL_INTROSPECTION=%s: anonymous → %i %s, with a token → %i %s', async (policy, anonymousStatus, anonymousCode, tokenStatus, tokenCode) => {
    const app = await startTopology('standalone', { GRAPHQL_INTROSPECTION: policy });
    try {
      const query = { query: '{ __schema { queryType { name } } }' };
      const anonymous = await post(app, query);
      const withToken = await post(app, query, { authorization: `Bearer ${await app.token('cahc', 'lecteur')}` });
      expect({ status: anonymous.status, code: anonymous.body.errors?.[0]?.extensions?.code }).toEqual({ status: anonymousStatus, code: anonymousCode });
      expect({ status: withToken.status, code: withToken.body.errors?.[0]?.extensions?.code }).toEqual({ status: tokenStatus, code: tokenCode });
      if (policy === 'public') expect((await post(app, { query: '{ versio { app } }' })).body.errors?.[0].message).toMatch(/Did you mean "version"/);
    } finally {
      await app.close();
    }
  });
});
