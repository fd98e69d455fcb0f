import { getIntrospectionQuery, type IntrospectionField, type IntrospectionInputValue, type IntrospectionQuery } from 'graphql';
import { startTestApp, type GraphqlClient, type TestApp } from '@cdv/app-harness';
import { StandaloneModule } from '@cdv/topologies';
import { APPEL_2025, COMMUNES, creerReferentiel, depot, executer } from './programmation-fixture';

/**
 * Issue 12 §14: one naming convention (docs/api.md « Names », ADR 0026). Plumbing words are English (`filter`,
 * `sort`, `search`, `first`, `after`, `asOf`, `reason`…), domain nouns French and whole (`codeInsee`); list filters
 * are `<Query>Filter` inputs; lists are Relay connections, the journal included. Former names answer for one release,
 * marked deprecated with their replacement.
 */
const TENANT = 'cahc';
const FRENCH_PLUMBING = ['filtre', 'tri', 'sens', 'champ', 'premier', 'recherche', 'raison'];

describe('API names: one convention, former names deprecated', () => {
  let app: TestApp;
  let agent: GraphqlClient;
  let schema: IntrospectionQuery['__schema'];

  beforeAll(async () => {
    app = await startTestApp('standalone', StandaloneModule.forRoot);
    await creerReferentiel(app, TENANT);
    agent = await app.clientFor(TENANT, 'agent');
    await executer(agent, 'ouvrirAppelAProjets', APPEL_2025);
    await executer(agent, 'deposerDossier', depot('n1', 'asso-1', { titre: 'Ateliers numériques' }));
    await executer(agent, 'deposerDossier', depot('n2', 'asso-2', { titre: 'Boxe éducative' }));
    schema = (await agent.ok<IntrospectionQuery>(getIntrospectionQuery({ inputValueDeprecation: true }))).__schema;
  });
  afterAll(() => app.close());

  const types = () => schema.types.filter((type) => !type.name.startsWith('__'));
  const argsOf = (field: IntrospectionField) => field.args as readonly IntrospectionInputValue[];

  it('no argument or input field is a French plumbing word, unless it is a deprecated former name', () => {
    // The input types only deprecated arguments take (DossierTri of tri) are former names as a whole.
    const namedType = (arg: IntrospectionInputValue): string => {
      let type = arg.type as { kind: string; name?: string | null; ofType?: unknown };
      while (!type.name && type.ofType) type = type.ofType as typeof type;
      return type.name ?? '';
    };
    const former = new Set(
      types().flatMap((type) =>
        type.kind === 'OBJECT'
          ? type.fields.flatMap((field) =>
              argsOf(field)
                .filter((arg) => arg.isDeprecated)
                .map(namedType),
            )
          : [],
      ),
    );
    const offending: string[] = [];
    for (const type of types()) {
      if (type.kind === 'OBJECT') {
        for (const field of type.fields)
          for (const arg of argsOf(field))
            if (FRENCH_PLUMBING.includes(arg.name) && !arg.isDeprecated) offending.push(`${type.name}.${field.name}(${arg.name})`);
      }
      if (type.kind === 'INPUT_OBJECT' && !former.has(type.name)) {
        for (const field of type.inputFields) if (FRENCH_PLUMBING.includes(field.name) && !field.isDeprecated) offending.push(`${type.name}.${field.name}`);
      }
    }
    expect(offending).toEqual([]);
  });

  it('list filters are <Query>Filter inputs (no *Filtre type)', () => {
    expect(
      types()
        .filter((type) => type.kind === 'INPUT_OBJECT' && /Filtre/.test(type.name) && type.name !== 'FiltreJournal')
        .map((type) => type.name),
    ).toEqual([]);
  });

  it('every deprecated field and argument names its replacement', () => {
    const missing: string[] = [];
    for (const type of types()) {
      const fields = type.kind === 'OBJECT' || type.kind === 'INTERFACE' ? type.fields : [];
      for (const field of fields) {
        if (field.isDeprecated && !/^Use /.test(field.deprecationReason ?? '')) missing.push(`${type.name}.${field.name}`);
        for (const arg of argsOf(field))
          if (arg.isDeprecated && !/^Use /.test(arg.deprecationReason ?? '')) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('dossiers: filter (DossiersFilter), sort and search; tri and texte still answer, deprecated', async () => {
    const ids = async (args: string, variables: Record<string, unknown> = {}, declarations = '') =>
      (
        await agent.ok<{ dossiers: { edges: Array<{ node: { id: string } }> } }>(
          `query${declarations} { dossiers(${args}) { edges { node { id } } } }`,
          variables,
        )
      ).dossiers.edges.map((edge) => edge.node.id);
    expect(await ids('filter: $filter, sort: { field: titre, direction: desc }', { filter: { annee: 2025 } }, '($filter: DossiersFilter)')).toEqual([
      'n2',
      'n1',
    ]);
    expect(await ids('filter: { search: "boxe" }')).toEqual(['n2']);
    expect(await ids('tri: { champ: titre, sens: desc }')).toEqual(['n2', 'n1']);
    expect(await ids('filter: { texte: "boxe" }')).toEqual(['n2']);
    await agent.fails(`{ dossiers(sort: { field: titre }, tri: { champ: titre }) { totalCount } }`, {}, 'VALIDATION_FAILED');
  });

  it('communes carry their codeInsee (insee deprecated)', async () => {
    const { dossier } = await agent.ok<{ dossier: { communes: unknown[] } }>(`{ dossier(id: "n1") { communes { codeInsee insee nom } } }`);
    expect(dossier.communes).toEqual([{ codeInsee: COMMUNES[0].codeInsee, insee: COMMUNES[0].codeInsee, nom: COMMUNES[0].nom }]);
  });

  it('the journal is a Relay connection with filter; its former shape and filtre still answer', async () => {
    const auditeur = await app.clientFor(TENANT, 'auditeur');
    const { journal } = await auditeur.ok<{
      journal: { edges: Array<{ cursor: string; node: { type: string; reason: string | null } }>; pageInfo: { hasNextPage: boolean; endCursor: string } };
    }>(`query($filter: JournalFilter) { journal(filter: $filter, first: 1) { edges { cursor node { type reason } } pageInfo { hasNextPage endCursor } } }`, {
      filter: { dossierId: 'n1' },
    });
    expect(journal.edges).toEqual([{ cursor: expect.any(String), node: { type: 'DossierDepose', reason: null } }]);
    const next = await auditeur.ok<{ journal: { edges: unknown[] } }>(
      `query($after: String) { journal(filter: { dossierId: "n1" }, after: $after) { edges { node { type } } } }`,
      {
        after: journal.edges[0].cursor,
      },
    );
    expect(next.journal.edges).toEqual([]);
    const former = await auditeur.ok<{ journal: { evenements: Array<{ type: string }>; hasNextPage: boolean } }>(
      `{ journal(filtre: { dossierId: "n2" }) { evenements { type } endCursor hasNextPage } }`,
    );
    expect(former.journal).toMatchObject({ evenements: [{ type: 'DossierDepose' }], hasNextPage: false });
  });

  it('the reason of a change is `reason` in the audit views (motif deprecated) and in poserSceau', async () => {
    const sceau = await agent.ok<{ poserSceau: { scelle: boolean } }>(`mutation { poserSceau(reason: "contrôle de la CRC") { scelle } }`);
    expect(sceau.poserSceau.scelle).toBe(true);
    const auditeur = await app.clientFor(TENANT, 'auditeur');
    const { historique } = await auditeur.ok<{ historique: Array<{ reason: string | null; motif: string | null }> }>(
      `{ historique(streamId: "sceaux") { reason motif } }`,
    );
    expect(historique).toEqual([{ reason: 'contrôle de la CRC', motif: 'contrôle de la CRC' }]);
  });
});
