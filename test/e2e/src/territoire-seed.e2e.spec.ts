import { readModelsAJour, startTestApp, type TestApp } from '@cdv/app-harness';
import type { EventStore } from '@cdv/eventsourcing';
import { EVENT_STORE } from '@cdv/platform';
import { StandaloneModule } from '@cdv/topologies';
import { TerritoireSeeder, type SeedReport } from '@cdv/demo-territoire';

// The fixture territories, seeded through the application's seeder inside the running app, then read back over
// GraphQL: the figures of the source documents (stated) beside what the platform computes from what it holds.
const COMPTE = 'calculee methode declaree declareeImprimee qualificatif source ecart';
const TERRITOIRE = `{ territoire {
  tenantId nom nature historiqueNature { nature depuis } predecesseurs { nom contratDeVille { intitule signeLe } }
  communes { nom avecQpv } qpvParGeneration { generation nombre }
  nombreCommunes { ${COMPTE} } nombreCommunesAvecQpv { ${COMPTE} } nombreQpv { ${COMPTE} }
  nombreQuartiersVeilleActive { ${COMPTE} } nombreQuartiersInteretCommunautaire { ${COMPTE} }
  population { ${COMPTE} } populationQpv { ${COMPTE} } partPopulationQpv { ${COMPTE} }
} }`;

type Compte = Record<string, string | boolean | null>;
interface TerritoireVue {
  territoire: Record<string, unknown> &
    Record<
      | 'nombreCommunes'
      | 'nombreCommunesAvecQpv'
      | 'nombreQpv'
      | 'nombreQuartiersInteretCommunautaire'
      | 'partPopulationQpv'
      | 'populationQpv'
      | 'population'
      | 'nombreQuartiersVeilleActive',
      Compte
    >;
}

describe('territoire: fixture territories seeded through TerritoireSeeder, read over GraphQL', () => {
  let app: TestApp;
  let reports: SeedReport[];
  beforeAll(async () => {
    app = await startTestApp('standalone', StandaloneModule.forRoot);
    reports = await app.app.get(TerritoireSeeder).seed('all');
    await readModelsAJour(app.app);
  }, 180_000);
  afterAll(() => app.close());

  const lire = async <T>(tenant: string, query: string, variables: Record<string, unknown> = {}) =>
    (await app.clientFor(tenant, 'lecteur')).ok<T>(query, variables);

  it('seeds the five tenants; seeding again appends nothing and is recognised without replaying', async () => {
    expect(reports.map((r) => r.tenant)).toEqual(['mel', 'cahc', 'valenciennes-metropole', 'grand-nancy', 'cabbalr']);
    expect(reports.every((r) => r.eventsAppended > 0 && r.executed === r.commands && !r.alreadySeeded)).toBe(true);
    const store = app.app.get<EventStore>(EVENT_STORE);
    const head = await store.headPosition();
    const progress: number[] = [];
    const again = await app.app.get(TerritoireSeeder).seed('all', { onProgress: ({ done }) => progress.push(done) });
    expect(again.every((r) => r.alreadySeeded && r.executed === 0 && r.eventsAppended === 0)).toBe(true);
    expect(progress).toHaveLength(5);
    expect(await store.headPosition()).toBe(head);
  });

  it('Valenciennes: 35 888 inhabitants in QPV of 190 459; stated "20 %", computed 18.84 %, flagged', async () => {
    const { territoire } = await lire<TerritoireVue>('valenciennes-metropole', TERRITOIRE);
    expect(territoire.population).toMatchObject({ declaree: '190459', declareeImprimee: '190 459' });
    expect(territoire.populationQpv).toMatchObject({ declaree: '35888', declareeImprimee: '35 888' });
    expect(territoire.partPopulationQpv).toMatchObject({
      declaree: '20',
      declareeImprimee: '20%',
      calculee: '18.84',
      ecart: true,
      source: '001_6b27c45a3e7210a6.txt L869',
    });
    // The platform holds no population per QPV for Valenciennes: the ratio says it divides the stated figures.
    expect(territoire.partPopulationQpv.methode).toMatch(/déclarée.*déclarée/);
    // The 14 QPV the document names are all recorded: stated and computed agree.
    expect(territoire.nombreQpv).toMatchObject({ declaree: 14, calculee: 14, ecart: false });
    expect(territoire.nombreCommunesAvecQpv).toMatchObject({ calculee: 12 });
    expect(territoire.qpvParGeneration).toEqual([{ generation: 2015, nombre: 14 }]);
    const { chiffresDeclares } = await lire<{ chiffresDeclares: Record<string, unknown>[] }>(
      'valenciennes-metropole',
      '{ chiffresDeclares(filter: { cle: "part_population_qpv" }) { cle valeurImprimee valeurDeclaree valeurCalculee ecart statut source { document localisation } } }',
    );
    expect(chiffresDeclares).toEqual([
      {
        cle: 'part_population_qpv',
        valeurImprimee: '20%',
        valeurDeclaree: '20',
        valeurCalculee: '18.84',
        ecart: true,
        statut: 'ecart',
        source: { document: '001_6b27c45a3e7210a6.txt', localisation: 'L869' },
      },
    ]);
    const { qpvs } = await lire<{ qpvs: { totalCount: number; edges: { node: Record<string, unknown> }[] } }>(
      'valenciennes-metropole',
      '{ qpvs(filter: { texte: "chanteclerc" }) { totalCount edges { node { id nom alias zonages statistiques { indicateur valeur perimetre } } } } }',
    );
    expect(qpvs.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({ id: 'vm-qpv-lecocq', alias: ['Cité Lecoq', 'Chanteclerc le Coq'], zonages: ['NPNRU'] }),
    ]);
  });

  it('Grand Nancy: 8 QPV on 9 communes of 20, stated only: the 20 communes are itemised, the QPV are not', async () => {
    const { territoire } = await lire<TerritoireVue>('grand-nancy', TERRITOIRE);
    expect(territoire).toMatchObject({
      nature: 'metropole',
      historiqueNature: [
        { nature: 'cu', depuis: null },
        { nature: 'metropole', depuis: '2016-07' },
      ],
    });
    expect(territoire.nombreCommunes).toMatchObject({ declaree: 20, calculee: 20, ecart: false });
    // Stated figures stay as printed; the computed side counts what is recorded (no QPV itemised), hence flagged.
    expect(territoire.nombreQpv).toMatchObject({ declaree: 8, calculee: 0, ecart: true });
    expect(territoire.nombreCommunesAvecQpv).toMatchObject({ declaree: 9, calculee: 0, ecart: true });
    expect(territoire.partPopulationQpv).toMatchObject({ declaree: '13', calculee: null, ecart: null });
    const data = await lire<{ qpvs: { totalCount: number }; partenaires: { totalCount: number } }>(
      'grand-nancy',
      '{ qpvs { totalCount } partenaires(filter: { nature: conseil_citoyen }) { totalCount } }',
    );
    expect(data).toEqual({ qpvs: { totalCount: 0 }, partenaires: { totalCount: 9 } });
  });

  it('CABBALR: 16 QPV on 14 communes plus 5 quartiers d’intérêt d’agglomération stated; 6 QPV and 1 quartier named', async () => {
    const { territoire } = await lire<TerritoireVue>('cabbalr', TERRITOIRE);
    expect(territoire.nombreQpv).toMatchObject({ declaree: 16, calculee: 6, ecart: true });
    expect(territoire.nombreCommunesAvecQpv).toMatchObject({ declaree: 14 });
    expect(territoire.nombreQuartiersInteretCommunautaire).toMatchObject({ declaree: 5, calculee: 1, ecart: true });
    expect(territoire.predecesseurs).toEqual([
      { nom: 'Artois-Lys', contratDeVille: expect.objectContaining({ signeLe: '2015-05-21' }) },
      { nom: 'Artois Comm.', contratDeVille: expect.objectContaining({ signeLe: '2015-06-10' }) },
    ]);
    const data = await lire<{
      interet: { edges: { node: Record<string, unknown> }[] };
      qpvs: { totalCount: number };
      mont: { edges: { node: { id: string } }[] };
    }>(
      'cabbalr',
      `{ interet: qpvs(filter: { categorie: quartier_interet_communautaire }) { edges { node { id categorie reconnaissance { instance date } communes { nom } } } }
         qpvs(filter: { categorie: qpv }) { totalCount }
         mont: qpvs(filter: { texte: "Mont Liébaut" }) { edges { node { id } } } }`,
    );
    expect(data.qpvs.totalCount).toBe(6);
    expect(data.interet.edges.map((e) => e.node)).toEqual([
      {
        id: 'cabbalr-qia-cite-10-fond-de-sains',
        categorie: 'quartier_interet_communautaire',
        reconnaissance: { instance: 'Conseil Communautaire', date: '2018-12' },
        communes: [{ nom: 'Hersin-Coupigny' }, { nom: 'Noeux-les-Mines' }],
      },
    ]);
    expect(data.mont.edges.map((e) => e.node.id)).toEqual(['cabbalr-qpv-mont-liebaud']);
  });

  it('CABBALR: the cadre stratégique as a tree, 37 indicators « non renseigné », porteurs and conseils citoyens', async () => {
    interface Noeud {
      id: string;
      niveauLibelle: string;
      enfants: Noeud[];
    }
    const data = await lire<{
      cadreStrategique: {
        id: string;
        statut: string;
        versions: { version: number }[];
        dimensions: { code: string; niveaux: string[]; racines: Noeud[] }[];
        noeuds: { id: string }[];
      };
      indicateurs: { id: string; renseigne: boolean }[];
      conseils: { totalCount: number; edges: { node: { nom: string; associationPorteuse: { id: string } | null } }[] };
    }>(
      'cabbalr',
      `{ cadreStrategique { id statut versions { version }
           dimensions { code niveaux racines { id niveauLibelle enfants { id niveauLibelle enfants { id niveauLibelle enfants { id } } } } }
           noeuds { id } }
         indicateurs(filter: { renseigne: false }) { id renseigne }
         conseils: partenaires(filter: { nature: conseil_citoyen }) { totalCount edges { node { nom associationPorteuse { id } } } } }`,
    );
    const cadre = data.cadreStrategique;
    expect(cadre).toMatchObject({ id: 'cv-cabbalr:v1', statut: 'courante', versions: [{ version: 1 }] });
    const piliers = cadre.dimensions.find((d) => d.code === 'piliers')!;
    const orientations = piliers.racines.flatMap((p) => p.enfants);
    expect([piliers.racines.length, orientations.length, orientations.flatMap((o) => o.enfants).length]).toEqual([3, 7, 26]);
    expect(orientations[0].enfants[0].niveauLibelle).toBe(piliers.niveaux[2]);
    const feuille = cadre.dimensions.find((d) => d.code === 'feuille-de-route')!;
    expect([feuille.racines.length, feuille.racines.flatMap((p) => p.enfants).length]).toEqual([10, 38]);
    expect(data.indicateurs).toHaveLength(37);
    expect(data.conseils.totalCount).toBe(4);
  });

  it('MEL: commitments with their targets, responsible partners and indicators (batched per request)', async () => {
    const { engagements } = await lire<{
      engagements: {
        id: string;
        responsables: { libelle: string; partenaire: { id: string } | null }[];
        cibles: { cible: Record<string, unknown> }[];
        indicateurs: { id: string }[];
      }[];
    }>(
      'mel',
      '{ engagements { id responsables { libelle partenaire { id nom } } cibles { ventilation cible { type valeur min max texte } } indicateurs { id libelle } } }',
    );
    expect(engagements).toHaveLength(12);
    const agir = engagements.find((e) => e.id === 'E-AGIR-POUR-REUSSIR')!;
    expect(agir.cibles.map((c) => c.cible)).toContainEqual({ type: 'intervalle', valeur: null, min: '750', max: '850', texte: null });
    expect(agir.indicateurs.length).toBeGreaterThan(0);
    const coach = engagements.find((e) => e.id === 'E-MDIE-ORIENT-COACH')!;
    expect(coach.responsables).toEqual([{ libelle: 'Department du Nord', partenaire: { id: 'departement-du-nord', nom: 'Département du Nord' } }]);
    const { partenaire } = await lire<{ partenaire: { engagements: { id: string }[] } }>(
      'mel',
      '{ partenaire(id: "departement-du-nord") { engagements { id } } }',
    );
    expect(partenaire.engagements.map((e) => e.id)).toContain('E-MDIE-ORIENT-COACH');
  });

  it('every reader role reads the référentiel; the reads need a token', async () => {
    for (const role of ['agent', 'instructeur', 'porteur', 'auditeur', 'lecteur', 'admin'] as const) {
      const client = await app.clientFor('cabbalr', role);
      expect((await client.ok<{ territoire: { tenantId: string } }>('{ territoire { tenantId } }')).territoire.tenantId).toBe('cabbalr');
    }
    await app.client.fails('{ qpvs { totalCount } }', {}, 'UNAUTHENTICATED');
  });
});
