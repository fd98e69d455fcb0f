import { verifyBundle } from '@cdv/domain-audit';
import type { TestApp } from '@cdv/app-harness';
import { APPEL_2025, creerReferentiel, depot, executer } from './programmation-fixture';
import { startTopology, TOPOLOGIES } from './support/topologies';

/**
 * `GET /audit/evidence-bundle` beside /graphql (docs/api.md « Evidence bundles »), on both topologies (the gateway
 * streams it from the audit service): what an auditor downloads is the bundle `cli export-evidence` writes, and it
 * verifies; no token, a role other than auditeur/admin, another workspace, a bad scope are refused in the API's
 * error shape.
 */
const TENANT = 'mel';
const AUTRE = 'lille';
const SCELLER = `mutation { poserSceau(motif: "avant l’audit") { scelle } }`;

jest.setTimeout(120_000);

describe.each(TOPOLOGIES)('evidence bundle over HTTP (%s)', (topology) => {
  let app: TestApp;
  let base: string;

  beforeAll(async () => {
    app = await startTopology(topology);
    base = app.url.replace(/\/graphql$/, '');
    await creerReferentiel(app, TENANT);
    await creerReferentiel(app, AUTRE);
    const agent = await app.clientFor(TENANT, 'agent');
    await executer(agent, 'ouvrirAppelAProjets', APPEL_2025);
    await executer(agent, 'deposerDossier', depot('d-1', 'asso-1'));
    await executer(agent, 'demanderFinancement', { dossierId: 'd-1', financeurId: 'etat', nature: 'credits_specifiques', montant: '5000.00' });
    await agent.ok(SCELLER);
    await executer(agent, 'deposerDossier', depot('d-2', 'asso-2'));
    const autre = await app.clientFor(AUTRE, 'agent');
    await executer(autre, 'ouvrirAppelAProjets', APPEL_2025);
    await executer(autre, 'deposerDossier', depot('ailleurs', 'asso-1'));
  });

  afterAll(() => app?.close());

  async function telecharger(query: string, token?: string, tenant: string = TENANT) {
    const response = await fetch(`${base}/audit/evidence-bundle${query}`, {
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(tenant ? { 'x-tenant': tenant } : {}) },
    });
    const text = await response.text();
    const json = (response.headers.get('content-type') ?? '').startsWith('application/json')
      ? (JSON.parse(text) as { errors: Array<{ extensions: { code: string; field?: string } }> })
      : null;
    return { status: response.status, headers: response.headers, text, code: json?.errors[0].extensions.code, field: json?.errors[0].extensions.field };
  }

  async function* lignes(text: string) {
    for (const ligne of text.split('\n').filter(Boolean)) yield ligne;
  }

  it('streams a year, a dossier or the whole workspace to an auditor, as a file that verifies offline', async () => {
    const auditeur = await app.token(TENANT, 'auditeur');
    const annee = await telecharger('?year=2025', auditeur);
    expect(annee.status).toBe(200);
    expect(annee.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    expect(annee.headers.get('content-disposition')).toMatch(/^attachment; filename="evidence-mel-annee-2025-\d{8}T\d{6}Z\.jsonl"$/);
    const verification = await verifyBundle(lignes(annee.text));
    expect(verification).toMatchObject({ ok: true, tenant: TENANT, scope: { kind: 'year', year: 2025 }, seals: 1 });
    expect(annee.text).toContain('mel:dossier-d-2');
    expect(annee.text).not.toContain('ailleurs');

    const dossier = await telecharger('?dossier=d-1', auditeur);
    expect(await verifyBundle(lignes(dossier.text))).toMatchObject({ ok: true, scope: { kind: 'dossier', dossierId: 'd-1' } });
    expect(dossier.text).not.toContain('mel:dossier-d-2');

    const admin = await app.token(TENANT, 'admin');
    const tout = await telecharger('', admin);
    expect(tout.headers.get('content-disposition')).toMatch(/evidence-mel-tout-/);
    expect(await verifyBundle(lignes(tout.text))).toMatchObject({ ok: true, scope: { kind: 'tenant' } });
  });

  it('refuses a request without a token, a role that may not take the events away, and another workspace', async () => {
    expect(await telecharger('?year=2025')).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(await telecharger('?year=2025', 'not-a-token')).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    for (const role of ['agent', 'instructeur', 'porteur', 'lecteur'] as const) {
      const token = await app.token(TENANT, role, role === 'instructeur' ? 'etat' : role === 'porteur' ? 'asso-1' : undefined);
      expect({ role, ...(await telecharger('?year=2025', token)) }).toMatchObject({ role, status: 403, code: 'FORBIDDEN' });
    }
    // an auditeur of another workspace names this one: refused before anything is read
    const ailleurs = await app.token(AUTRE, 'auditeur');
    expect(await telecharger('?year=2025', ailleurs, TENANT)).toMatchObject({ status: 403, code: 'TENANT_MISMATCH' });
    // in its own workspace, this one's dossier does not exist
    expect(await telecharger('?dossier=d-1', ailleurs, AUTRE)).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  it('refuses a bad scope with the field named, and a year or dossier the workspace does not have', async () => {
    const auditeur = await app.token(TENANT, 'auditeur');
    expect(await telecharger('?year=deux-mille', auditeur)).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', field: 'year' });
    expect(await telecharger('?year=2025&dossier=d-1', auditeur)).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', field: 'scope' });
    expect(await telecharger(`?dossier=${'x'.repeat(300)}`, auditeur)).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', field: 'dossier' });
    expect(await telecharger('?dossier=..%2Fetc', auditeur)).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', field: 'dossierId' });
    expect(await telecharger('?year=2019', auditeur)).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(await telecharger('?dossier=inconnu', auditeur)).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });
});
