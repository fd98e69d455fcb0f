import { startTestApp, type GraphqlClient, type TestApp } from '@cdv/app-harness';
import { QpvImporter } from '@cdv/application-territoire';
import { StandaloneModule } from '@cdv/topologies';

/** The priority geography over time (the national lists of 2015 and 2024 through the CSV import), as-of reads, and tenant isolation. */
const HEADER = 'code_qp;lib_qp;insee_reg;lib_reg;insee_dep;lib_dep;insee_com;lib_com;siren_epci;lib_epci';
const EPCI = '732829320';
const LISTE_2015 = [
  HEADER,
  `QP059001;Alma Gare;32;Hauts-de-France;59;Nord;59512;Roubaix;${EPCI};Métropole Européenne de Lille`,
  `QP059002;"Epeule - Trichon";32;Hauts-de-France;59;Nord;"59512; 59599";"Roubaix; Tourcoing";${EPCI};Métropole Européenne de Lille`,
  `QP001001;Quartier de l'Ain;84;Auvergne-Rhône-Alpes;01;Ain;1053;Bourg-en-Bresse;552100554;CA du Bassin de Bourg-en-Bresse`,
].join('\n');
const LISTE_2024 = [
  `${HEADER};code_qp_2015`,
  `QN05901M;Alma;32;Hauts-de-France;59;Nord;59512;Roubaix;${EPCI};Métropole Européenne de Lille;QP059001`,
  `QN05902M;Epeule;32;Hauts-de-France;59;Nord;"59512; 59599";"Roubaix; Tourcoing";${EPCI};Métropole Européenne de Lille;"QP059001; QP059002"`,
  `QN05903N;Nouveau quartier;32;Hauts-de-France;59;Nord;59350;Lille;${EPCI};Métropole Européenne de Lille;`,
].join('\n');

const PAYLOAD = '{ id revision position eventTypes }';
const mutation = (name: string) => `mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) ${PAYLOAD} }`;
interface Payload {
  id: string;
  revision: number;
  position: number;
  eventTypes: string[];
}

describe('territoire: geography over time, as-of reads, tenant isolation', () => {
  let app: TestApp;
  let admin: GraphqlClient;
  let importer: QpvImporter;
  beforeAll(async () => {
    app = await startTestApp('standalone', StandaloneModule.forRoot);
    importer = app.app.get(QpvImporter);
    admin = await app.clientFor('mel', 'admin');
    await admin.ok(mutation('ouvrirTerritoire'), { input: { nom: 'Métropole Européenne de Lille', siren: EPCI, nature: 'metropole' } });
  });
  afterAll(() => app.close());

  it('a 2015 QPV cited by an old record still resolves under its 2015 code after the 2024 list is loaded, with its successors', async () => {
    const import2015 = await importer.importer({ tenantId: 'mel', siren: EPCI, csv: LISTE_2015, document: 'listeqp2015.csv', generation: 2015 });
    expect(import2015).toMatchObject({ declarations: 2, remplacements: 0, ignorees: 1, erreurs: [], refus: [], evenements: 2 });

    // An old record: a 2019 value of an indicator broken down by QPV, tagged with the 2015 quartier.
    await admin.ok(mutation('definirIndicateur'), { input: { indicateurId: 'jeunes', libelle: 'Jeunes accompagnés', ventilations: ['qpv'] } });
    await admin.ok(mutation('renseignerValeurIndicateur'), {
      input: { indicateurId: 'jeunes', annee: 2019, valeur: '17', source: 'Bilan 2019', ventilation: { qpvId: 'QP059001' } },
    });

    const import2024 = await importer.importer({ tenantId: 'mel', siren: EPCI, csv: LISTE_2024, document: 'listeqp2024-cog2024.csv', generation: 2024 });
    expect(import2024).toMatchObject({ declarations: 3, remplacements: 2, erreurs: [], refus: [], evenements: 5 });

    const data = await admin.ok<Record<string, unknown>>(
      `{ ancien: qpv(code: "QP059001") { id code generation statut remplaceLe nom successeurs { code generation statut } }
         epeule: qpv(code: "QN05902M") { communes { codeInsee nom } predecesseurs { code } }
         qpv2015: qpvs(filter: { generation: 2015 }) { totalCount edges { node { code statut } } }
         surLaCarte: qpvs(filter: { statut: [actif] }) { totalCount }
         aTourcoing: qpvs(filter: { commune: "Tourcoing" }) { edges { node { code } } }
         territoire { qpvParGeneration { generation nombre } nombreQpv { calculee } }
         indicateur(id: "jeunes") { valeurs { annee valeur ventilation { qpvId qpv { code generation statut successeurs { code } } } } } }`,
    );
    expect(data).toEqual({
      ancien: {
        id: 'QP059001',
        code: 'QP059001',
        generation: 2015,
        statut: 'remplace',
        remplaceLe: '2024-01-01',
        nom: 'Alma Gare',
        successeurs: [
          { code: 'QN05901M', generation: 2024, statut: 'actif' },
          { code: 'QN05902M', generation: 2024, statut: 'actif' },
        ],
      },
      epeule: {
        communes: [
          { codeInsee: '59512', nom: 'Roubaix' },
          { codeInsee: '59599', nom: 'Tourcoing' },
        ],
        predecesseurs: [{ code: 'QP059001' }, { code: 'QP059002' }],
      },
      qpv2015: { totalCount: 2, edges: [{ node: { code: 'QP059001', statut: 'remplace' } }, { node: { code: 'QP059002', statut: 'remplace' } }] },
      surLaCarte: { totalCount: 3 },
      aTourcoing: { edges: [{ node: { code: 'QP059002' } }, { node: { code: 'QN05902M' } }] },
      territoire: { qpvParGeneration: [{ generation: 2024, nombre: 3 }], nombreQpv: { calculee: 3 } },
      indicateur: {
        valeurs: [
          {
            annee: 2019,
            valeur: '17',
            ventilation: {
              qpvId: 'QP059001',
              qpv: { code: 'QP059001', generation: 2015, statut: 'remplace', successeurs: [{ code: 'QN05901M' }, { code: 'QN05902M' }] },
            },
          },
        ],
      },
    });

    // The same file again appends nothing: every row is known, every link recorded.
    const again = await importer.importer({ tenantId: 'mel', siren: EPCI, csv: LISTE_2024, document: 'listeqp2024-cog2024.csv', generation: 2024 });
    expect(again).toMatchObject({ evenements: 0, declarations: 0, dejaConnus: ['QN05901M', 'QN05902M', 'QN05903N'], refus: [] });
  });

  it('a query as of before a rename shows the old name (by instant and by position)', async () => {
    const avant = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const renamed = (await admin.ok<{ renommerQpv: Payload }>(mutation('renommerQpv'), { input: { qpvId: 'QN05903N', nom: 'Lille-Sud' } })).renommerQpv;
    await admin.ok(mutation('renommerTerritoire'), { input: { nom: 'MEL' } });
    const Q = `query($asOf: DateTime, $asOfPosition: Int) {
      qpv(id: "QN05903N", asOf: $asOf, asOfPosition: $asOfPosition) { nom alias }
      qpvs(filter: { texte: "lille sud" }, asOf: $asOf, asOfPosition: $asOfPosition) { totalCount }
      territoire(asOf: $asOf, asOfPosition: $asOfPosition) { nom } }`;
    expect(await admin.ok(Q)).toEqual({ qpv: { nom: 'Lille-Sud', alias: ['Nouveau quartier'] }, qpvs: { totalCount: 1 }, territoire: { nom: 'MEL' } });
    expect(await admin.ok(Q, { asOf: avant })).toEqual({
      qpv: { nom: 'Nouveau quartier', alias: [] },
      qpvs: { totalCount: 0 },
      territoire: { nom: 'Métropole Européenne de Lille' },
    });
    expect(await admin.ok(Q, { asOfPosition: renamed.position - 1 })).toMatchObject({ qpv: { nom: 'Nouveau quartier' } });
    // Before the 2024 list, the 2015 QPV was on the map and the 2024 one did not exist.
    const auditeur = await app.clientFor('mel', 'auditeur');
    const { ancien, nouveau } = await auditeur.ok<{ ancien: { statut: string; successeurs: unknown[] }; nouveau: null }>(
      '{ ancien: qpv(code: "QP059001", asOfPosition: 2) { statut successeurs { code } } nouveau: qpv(code: "QN05901M", asOfPosition: 2) { id } }',
    );
    expect({ ancien, nouveau }).toEqual({ ancien: { statut: 'actif', successeurs: [] }, nouveau: null });
    await auditeur.fails('{ qpvs(asOf: "hier") { totalCount } }', {}, 'VALIDATION_FAILED');
  });

  it('a token of one tenant never reads another tenant’s référentiel', async () => {
    const autre = await app.clientFor('cabbalr', 'admin');
    await autre.ok(mutation('declarerQpv'), {
      input: { qpvId: 'qpv-cabbalr', categorie: 'qpv', code: 'QP062001', nom: 'Mont-Liébaud', communes: [{ nom: 'Béthune' }] },
    });
    await autre.ok(mutation('enregistrerPartenaire'), { input: { partenaireId: 'asso-cabbalr', nature: 'association', nom: 'Association de Béthune' } });

    // By header: the token names mel only.
    const auditeurMel = await app.clientFor('mel', 'auditeur');
    for (const query of [
      '{ territoire { nom } }',
      '{ qpvs { totalCount } }',
      '{ qpv(id: "qpv-cabbalr") { id } }',
      '{ partenaires { totalCount } }',
      '{ chiffresDeclares { id } }',
    ]) {
      const response = await auditeurMel.request(query, {}, { 'x-tenant': 'cabbalr' });
      expect(response.errors?.[0]?.extensions?.code).toBe('TENANT_MISMATCH');
      // A nullable root field answers null beside the error; a non-null one nulls the whole data: nothing leaks either way.
      expect(Object.values(response.data ?? {}).every((value) => value === null)).toBe(true);
    }
    const write = await admin.request(mutation('renommerQpv'), { input: { qpvId: 'qpv-cabbalr', nom: 'Volé' } }, { 'x-tenant': 'cabbalr' });
    expect(write.errors?.[0]?.extensions?.code).toBe('TENANT_MISMATCH');

    // By id or code, in the caller's own workspace: nothing of the other tenant is found.
    const data = await auditeurMel.ok<Record<string, unknown>>(
      `{ parId: qpv(id: "qpv-cabbalr") { id } parCode: qpv(code: "QP062001") { id } partenaire(id: "asso-cabbalr") { id }
         qpvs(filter: { texte: "Liébaud" }) { totalCount } partenaires(search: "Béthune") { totalCount } }`,
    );
    expect(data).toEqual({ parId: null, parCode: null, partenaire: null, qpvs: { totalCount: 0 }, partenaires: { totalCount: 0 } });
    // Federation's entity resolution is no way around tenancy: it resolves in the caller's verified workspace
    // only, and not at all without a token.
    const ENTITIES = '{ _entities(representations: [{ __typename: "Qpv", id: "QP059001" }, { __typename: "Qpv", id: "qpv-cabbalr" }]) { ... on Qpv { nom } } }';
    const entities = await auditeurMel.request<{ _entities: Array<{ nom: string } | null> }>(ENTITIES);
    expect(entities.data?._entities).toEqual([{ nom: 'Alma Gare' }, null]);
    expect(JSON.stringify(entities)).not.toContain('Liébaud');
    expect((await app.client.request(ENTITIES)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // A write naming the other tenant's id addresses a stream of the caller's workspace, which does not exist.
    await admin.fails(mutation('renommerQpv'), { input: { qpvId: 'qpv-cabbalr', nom: 'Volé' } }, 'NOT_FOUND');
    expect((await autre.ok<{ qpv: { nom: string } }>('{ qpv(id: "qpv-cabbalr") { nom } }')).qpv.nom).toBe('Mont-Liébaud');
  });
});
