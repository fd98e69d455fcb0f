import { USER_ROLES, type UserRole } from '@cdv/auth';
import type { GraphqlClient, GraphqlResponse, TestApp } from '@cdv/app-harness';
import { securityMatrix, type OperationAccess } from '@cdv/topologies';
import { APPEL_2025, creerReferentiel, depot, executer } from './programmation-fixture';
import { batchedOperation, minimalOperation, SCHEMA_FOR_OPERATIONS, type IntrospectedSchema } from './support/minimal-operation';
import { startTopology, TOPOLOGIES } from './support/topologies';

/**
 * A membership may hold several roles (a porteur that is also lecteur of the dashboards). Each root field of a
 * request runs under the widest of the member's roles that this field permits, decided for that field alone
 * (issue 12, item 3): before, the guard of one field wrote its role where every field read it, and a porteur's
 * `dossiers` could run as lecteur… of every organisation.
 */
const TENANT = 'mel';
const DOSSIERS_ET_PROGRAMMATION = [
  '{ programmation(annee: 2025) { comptes { deposes } } dossiers { totalCount edges { node { id porteur { id } } } } }',
  '{ dossiers { totalCount edges { node { id porteur { id } } } } programmation(annee: 2025) { comptes { deposes } } }',
];
const BATCH = 25;

type Page = { dossiers: { totalCount: number; edges: Array<{ node: { id: string; porteur: { id: string } } }> }; programmation: unknown };

describe.each(TOPOLOGIES)('roles are decided per field (%s)', (topology) => {
  let app: TestApp;
  let schema: IntrospectedSchema;
  let matrix: OperationAccess[];
  const member = async (roles: UserRole[], organisationId: string, tenant = TENANT): Promise<GraphqlClient> =>
    app.client.as(await app.issuer.mint({ sub: `${roles.join('+')}@${tenant}`, memberships: [{ tenant, roles, organisationId }] }), tenant);

  beforeAll(async () => {
    app = await startTopology(topology);
    await creerReferentiel(app, TENANT);
    const agent = await app.clientFor(TENANT, 'agent');
    await executer(agent, 'ouvrirAppelAProjets', APPEL_2025);
    await executer(agent, 'deposerDossier', depot('d-asso-1', 'asso-1'));
    await executer(agent, 'deposerDossier', depot('d-asso-2', 'asso-2'));
    await executer(agent, 'deposerDossier', depot('d-asso-2-bis', 'asso-2'));
    schema = await (await app.clientFor(TENANT, 'lecteur')).ok<IntrospectedSchema>(SCHEMA_FOR_OPERATIONS);
    matrix = securityMatrix();
  }, 120_000);
  afterAll(() => app.close());

  it('a porteur who is also lecteur sees only its own dossiers, in whichever order the fields come', async () => {
    const porteurLecteur = await member(['lecteur', 'porteur'], 'asso-1');
    for (let attempt = 0; attempt < 5; attempt++) {
      for (const query of DOSSIERS_ET_PROGRAMMATION) {
        const data = await porteurLecteur.ok<Page>(query);
        expect(data.programmation).toBeTruthy();
        expect(data.dossiers.edges.map((edge) => edge.node.porteur.id)).toEqual(['asso-1']);
        expect(data.dossiers.totalCount).toBe(1);
      }
    }
  });

  it('every pair of roles in one membership: each operation is let through or refused as the matrix says for either role', async () => {
    const mismatches: string[] = [];
    const pairs = USER_ROLES.flatMap((first, index) => USER_ROLES.slice(index + 1).map((second) => [first, second] as const));
    const refusedByRole = (errors: GraphqlResponse['errors'], alias: string) =>
      (errors ?? []).some((error) => error.path?.[0] === alias && error.extensions?.code === 'FORBIDDEN' && Array.isArray(error.extensions?.permitted));
    for (const pair of pairs) {
      const client = await member([...pair], 'org-matrix', 'matrix-test');
      const check = (row: OperationAccess, refused: boolean) => {
        if (refused === row.roles.some((role) => pair.includes(role)))
          mismatches.push(`${row.name} as ${pair.join('+')}: ${refused ? 'refused' : 'let through'}`);
      };
      // Query fields are non-null: the first failing one nulls the others' answers, so each is sent on its own.
      for (const row of matrix.filter((candidate) => candidate.kind === 'Query' && !candidate.public)) {
        const operation = minimalOperation(schema, 'Query', row.name);
        check(row, refusedByRole((await client.request(operation.query, operation.variables)).errors, row.name));
      }
      // Mutation fields answer each on its own (item 11): sent in batches, as a client batching its commands.
      const mutations = matrix.filter((candidate) => candidate.kind === 'Mutation');
      for (let start = 0; start < mutations.length; start += BATCH) {
        const batch = mutations.slice(start, start + BATCH);
        const operation = batchedOperation(
          schema,
          'Mutation',
          batch.map((row) => row.name),
        );
        const response = await client.request(operation.query, operation.variables);
        const invalid = (response.errors ?? []).find((error) => !error.path);
        if (invalid) mismatches.push(`${pair.join('+')}: the batched mutation is invalid: ${invalid.message}`);
        batch.forEach((row, index) => check(row, refusedByRole(response.errors, operation.aliases[index])));
      }
    }
    expect(mismatches).toEqual([]);
  }, 180_000);
});
