import { startTopology, TOPOLOGIES } from './support/topologies';
import { SignJWT } from 'jose';
import { TEST_AUTH_SECRET, type TestApp } from '@cdv/app-harness';

/** 13 levels through a recursive field (a conseil citoyen's association's conseils…): over the limit of 12. */
const DEEP = `{ partenaire(id: "x") { ${'associationPorteuse { conseilsPortes { '.repeat(6)}id${' } }'.repeat(6)} } }`;

const OUVRIR = `mutation($input: OuvrirTerritoireInput!) { ouvrirTerritoire(input: $input) { id revision } }`;
const LIRE = `{ territoire { tenantId nom } moi { tenantId roles } version { app } }`;

describe.each(TOPOLOGIES)('%s topology', (topology) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTopology(topology);
  }, 60_000);
  afterAll(() => app.close());

  it('serves one schema: a write through one context, read back across contexts', async () => {
    const admin = await app.clientFor('cahc', 'admin');
    await admin.ok(OUVRIR, { input: { nom: "Communauté d'Agglomération Hénin-Carvin", siren: null, nature: 'ca' } });
    const data = await admin.ok<{ territoire: { nom: string }; moi: { tenantId: string }; version: { app: string } }>(LIRE);
    expect(data.territoire.nom).toBe("Communauté d'Agglomération Hénin-Carvin");
    expect(data.moi.tenantId).toBe('cahc');
  });

  it('refuses bad tokens and foreign tenants with their codes, and keeps serving', async () => {
    await app.client.as('garbage', 'cahc').fails(LIRE, {}, 'UNAUTHENTICATED');
    const sansExpiration = await new SignJWT({ memberships: [{ tenant: 'cahc', roles: ['agent'] }] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('agent@cahc')
      .setIssuer('cdv-local')
      .setAudience('cdv-api')
      .setIssuedAt()
      .sign(new TextEncoder().encode(TEST_AUTH_SECRET));
    expect((await app.client.as(sansExpiration, 'cahc').fails(LIRE, {}, 'UNAUTHENTICATED')).message).toMatch(/no expiry/);
    const token = await app.token('cahc', 'agent');
    await app.client.as(token, 'mel').fails(LIRE, {}, 'TENANT_MISMATCH');
    await app.client.fails('{ territoire { nom } }', {}, 'UNAUTHENTICATED');
    expect((await app.client.request(DEEP)).errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect((await app.client.ok<{ version: { app: string } }>('{ version { app } }')).version.app).toBeTruthy();
  });
});
