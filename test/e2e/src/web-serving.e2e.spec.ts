import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '@cdv/app-harness';
import { StandaloneModule } from '@cdv/topologies';

/** The standalone app serves the web application at / and its sign-in routes, and leaves the API's routes alone. */
describe('the web application is served where /graphql is', () => {
  const webDir = mkdtempSync(join(tmpdir(), 'cdv-web-'));
  let local: TestApp;
  let oidc: TestApp;
  const base = (app: TestApp) => app.url.replace(/\/graphql$/, '');

  beforeAll(async () => {
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Contrat de ville</title>');
    writeFileSync(join(webDir, 'assets', 'index-abc123.js'), 'console.log(1)');
    local = await startTestApp('standalone', StandaloneModule.forRoot, { WEB_DIR: webDir, DEMO: 'false' });
    oidc = await startTestApp('standalone', StandaloneModule.forRoot, {
      WEB_DIR: webDir,
      AUTH_MODE: 'oidc',
      AUTH_ISSUER: 'https://idp.example.org/realms/cdv',
      AUTH_JWKS_URL: 'https://idp.example.org/realms/cdv/protocol/openid-connect/certs',
    });
  });
  afterAll(async () => {
    await Promise.all([local?.close(), oidc?.close()]);
    rmSync(webDir, { recursive: true, force: true });
  });

  const page = (path: string, app = local) => fetch(`${base(app)}${path}`, { headers: { accept: 'text/html' } });

  it('answers / and every screen URL with index.html (history-API routes), with a content security policy', async () => {
    for (const path of ['/', '/cabbalr/dossiers', '/cabbalr/dossiers/cabbalr-2019-001?asOf=2019-03-01T00:00:00Z']) {
      const response = await page(path);
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
      expect(await response.text()).toContain('<title>Contrat de ville</title>');
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    }
  });

  it('serves hashed assets with a long cache, and a missing asset is a 404, not the page', async () => {
    const asset = await fetch(`${base(local)}/assets/index-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await page('/assets/index-old.js')).status).toBe(404);
    expect((await fetch(`${base(local)}/%2e%2e/%2e%2e/etc/passwd`, { headers: { accept: 'text/html' } })).headers.get('content-type')).toMatch(/text\/html/);
  });

  it('leaves /graphql, /health and /metrics to the API', async () => {
    const graphql = await fetch(`${base(local)}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/html, application/json' },
      body: JSON.stringify({ query: '{ health { status } }' }),
    });
    expect(await graphql.json()).toEqual({ data: { health: { status: expect.any(String) } } });
    expect((await page('/health/live')).headers.get('content-type')).toMatch(/json/);
    expect(await (await page('/metrics')).text()).toContain('# HELP');
    expect((await page('/graphql')).headers.get('content-type') ?? '').not.toMatch(/text\/html/);
  });

  it('leaves the files beside /graphql to the API, even opened in a browser tab (no extension, Accept: text/html)', async () => {
    // a browser opening the open-data catalogue or an export by URL gets the API's answer, never the application's page
    for (const path of ['/open-data/cabbalr/subventions', '/exports', '/documents/pieces/inconnue', '/imports/qpv', '/audit/evidence-bundle']) {
      const response = await page(path);
      expect({ path, type: response.headers.get('content-type') ?? '' }).toEqual({ path, type: expect.not.stringMatching(/text\/html/) });
    }
  });

  it('local mode: tells the page how to sign in and mints development tokens the API accepts', async () => {
    expect(await (await fetch(`${base(local)}/auth/config`)).json()).toEqual({ mode: 'local' });
    const options = (await (await fetch(`${base(local)}/auth/local/options`)).json()) as { roles: string[] };
    expect(options.roles).toEqual(expect.arrayContaining(['agent', 'instructeur', 'porteur']));
    const response = await fetch(`${base(local)}/auth/local/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenant: 'cabbalr', role: 'instructeur', organisationId: 'etat' }),
    });
    expect(response.status).toBe(200);
    const { token } = (await response.json()) as { token: string };
    const moi = await local.client.as(token, 'cabbalr').ok<{ moi: { roles: string[]; organisationId: string } }>('{ moi { roles organisationId } }');
    expect(moi.moi).toEqual({ roles: ['instructeur'], organisationId: 'etat' });
  });

  it('local mode: refuses a malformed token request with the field and code', async () => {
    for (const [body, field] of [
      [{ tenant: 'Not A Tenant', role: 'agent' }, 'tenant'],
      [{ tenant: 'cabbalr', role: 'system' }, 'role'],
      [{ tenant: 'cabbalr', role: 'agent', organisationId: 'x'.repeat(101) }, 'organisationId'],
      [{ tenant: 'cabbalr', role: 'agent', expiresInSeconds: 10 ** 9 }, 'expiresInSeconds'],
    ] as const) {
      const response = await fetch(`${base(local)}/auth/local/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect({ field, status: response.status }).toEqual({ field, status: 400 });
      expect(((await response.json()) as { errors: Array<{ extensions: unknown }> }).errors[0].extensions).toEqual({ code: 'VALIDATION_FAILED', field });
    }
  });

  it('OIDC mode: the development sign-in does not exist, the page is told the issuer and client', async () => {
    expect(await (await fetch(`${base(oidc)}/auth/config`)).json()).toEqual({
      mode: 'oidc',
      issuer: 'https://idp.example.org/realms/cdv',
      clientId: 'cdv-web',
      scope: 'openid profile email',
    });
    const token = await fetch(`${base(oidc)}/auth/local/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenant: 'cabbalr', role: 'admin' }),
    });
    expect(token.status).toBe(404);
    expect((await fetch(`${base(oidc)}/auth/local/options`)).status).toBe(404);
    expect((await page('/', oidc)).headers.get('content-security-policy')).toContain("connect-src 'self' https://idp.example.org");
  });
});
