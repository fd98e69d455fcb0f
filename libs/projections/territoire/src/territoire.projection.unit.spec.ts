import type { DomainEvent } from '@cdv/eventsourcing';
import type { ReferentielEvent } from '@cdv/domain-territoire';
import { projectionSpec, recordEvents } from '@cdv/testing';
import { aggregate } from 'mingo';
import { territoireProjection } from './territoire.projection';
import { communesAvecQpvPipeline } from './territoire.queries';

const T = 'valenciennes-metropole';
const record = (entries: Array<[string, ReferentielEvent]>) =>
  recordEvents(
    entries.map(([stream, event]) => ({ stream: `${T}:${stream}`, event: event as DomainEvent })),
    { tenantId: T },
  );

const chiffre = (chiffreId: string, cle: string, valeurImprimee: string, valeur: string, dateReference: string | null = null): ReferentielEvent => ({
  type: 'ChiffreDeclare',
  data: {
    documentId: 'seed-001',
    chiffreId,
    cle,
    libelle: cle,
    valeurImprimee,
    valeur,
    unite: null,
    qualificatif: null,
    dateReference,
    sujet: { type: 'territoire', id: null },
    document: '001_6b27c45a3e7210a6.txt',
    localisation: 'L864-871',
  },
});
const qpv = (qpvId: string, communes: string[], extra: Partial<Extract<ReferentielEvent, { type: 'QpvDeclare' }>['data']> = {}): ReferentielEvent => ({
  type: 'QpvDeclare',
  data: {
    qpvId,
    categorie: 'qpv',
    code: null,
    generation: 2015,
    validite: { du: '2015-01-01', au: '2023-12-31' },
    nom: qpvId,
    alias: [],
    communes: communes.map((nom) => ({ codeInsee: null, nom })),
    zonages: [],
    reconnaissance: null,
    predecesseurs: [],
    ...extra,
  },
});

const base = record([
  [
    'territoire',
    {
      type: 'TerritoireOuvert',
      data: {
        siren: null,
        nom: "Communauté d'Agglomération Valenciennes Métropole",
        nomUsuel: 'Valenciennes Métropole',
        acronyme: 'CAVM',
        nature: 'ca',
        departement: 'Nord',
        region: 'Hauts-de-France',
      },
    },
  ],
  ['territoire', { type: 'CommuneRattachee', data: { commune: { codeInsee: null, nom: 'Anzin' }, alias: [], depuis: null } }],
  ['territoire', { type: 'CommuneRattachee', data: { commune: { codeInsee: null, nom: 'Beuvrages' }, alias: ['Beuvrage'], depuis: null } }],
  ['territoire', { type: 'CommuneRattachee', data: { commune: { codeInsee: null, nom: 'Marly' }, alias: [], depuis: null } }],
  ['qpv-verrerie', qpv('verrerie', ['Anzin'])],
  ['qpv-rives', qpv('rives', ['Anzin', 'Beuvrage'])],
  ['chiffres-seed-001', chiffre('population', 'population', '190 459', '190459')],
  ['chiffres-seed-001', chiffre('population-qpv', 'population_qpv', '35 888', '35888')],
  ['chiffres-seed-001', chiffre('part', 'part_population_qpv', '20 %', '20')],
  ['chiffres-seed-001', chiffre('qpv', 'nombre_qpv', '14', '14')],
  ['chiffres-seed-001', chiffre('communes', 'nombre_communes', '3', '3')],
]);

describe('territoire projection', () => {
  it('shows the identity and each count beside the printed one, flagging differences at the printed precision', () => {
    projectionSpec(territoireProjection)
      .given(base)
      .then([
        {
          _id: T,
          ouvert: true,
          nom: "Communauté d'Agglomération Valenciennes Métropole",
          acronyme: 'CAVM',
          nature: 'ca',
          comptes: expect.objectContaining({
            communes: expect.objectContaining({ calculee: '3', declaree: '3', ecart: false }),
            qpv: expect.objectContaining({ calculee: '2', declaree: '14', declareeImprimee: '14', ecart: true }),
            // "Beuvrage" is an alias of Beuvrages: the intercommunal QPV does not add a fourth commune.
            communesAvecQpv: expect.objectContaining({ calculee: '2', declaree: null, ecart: null }),
          }),
          populationQpv: expect.objectContaining({ calculee: null, declaree: '35888' }),
          partPopulationQpv: expect.objectContaining({
            calculee: '18.84',
            declaree: '20',
            declareeImprimee: '20 %',
            ecart: true,
            methode: 'population en QPV (déclarée) ÷ population (déclarée) × 100',
            source: { document: '001_6b27c45a3e7210a6.txt', localisation: 'L864-871' },
          }),
          qpvParGeneration: { '2015': 2 },
        },
      ]);
  });

  it('marks the communes that host a QPV (queried with the pipeline beside the projection)', () => {
    const { documents } = projectionSpec(territoireProjection).given(base);
    const rows = aggregate([...documents.values()], communesAvecQpvPipeline(T)) as Array<{ nom: string; quartiers: string[] }>;
    expect(rows.map((r) => r.nom)).toEqual(['Anzin', 'Beuvrages']);
    expect(rows[0].quartiers).toEqual(['verrerie', 'rives']);
  });

  it('computes the population in QPV from per-QPV statistics when every QPV has one', () => {
    const stat = (qpvId: string, valeur: string): ReferentielEvent => ({
      type: 'StatistiqueQpvEnregistree',
      data: {
        qpvId,
        precedente: null,
        statistique: {
          indicateur: 'population',
          libelle: 'Population',
          valeur,
          valeurImprimee: valeur,
          unite: 'habitants',
          source: 'Insee',
          millesime: '2013',
          perimetre: 'qpv',
          precisionPerimetre: null,
        },
      },
    });
    const events = [
      ...base,
      ...record([
        ['qpv-verrerie', stat('verrerie', '2000')],
        ['qpv-rives', stat('rives', '1809')],
      ]).map((e, i) => ({ ...e, position: 100 + i })),
    ];
    projectionSpec(territoireProjection)
      .given(events)
      .then([
        {
          _id: T,
          populationQpv: expect.objectContaining({ calculee: '3809', declaree: '35888', ecart: true, methode: 'somme des populations des QPV' }),
          partPopulationQpv: expect.objectContaining({ calculee: '2.00', methode: 'population en QPV (calculée) ÷ population (déclarée) × 100' }),
        },
      ]);
  });

  it('counts QPV of the generation a figure describes: the 2024 list does not change a 2019 count', () => {
    const events = [
      ...base,
      ...record([
        [
          'qpv-QN05901M',
          qpv('QN05901M', ['Anzin'], {
            code: 'QN05901M',
            generation: 2024,
            validite: { du: '2024-01-01', au: null },
            predecesseurs: [{ qpvId: 'verrerie', code: null }],
          }),
        ],
        [
          'qpv-verrerie',
          { type: 'QpvRemplace', data: { qpvId: 'verrerie', code: null, successeurs: [{ qpvId: 'QN05901M', code: 'QN05901M' }], dateEffet: '2024-01-01' } },
        ],
        ['chiffres-seed-001', chiffre('qpv-2019', 'nombre_qpv', '2', '2', '2019')],
      ]).map((e, i) => ({ ...e, position: 200 + i })),
    ];
    projectionSpec(territoireProjection)
      .given(events)
      .then([
        {
          _id: T,
          comptes: expect.objectContaining({ qpv: expect.objectContaining({ calculee: '2', declaree: '2', ecart: false }) }),
          qpvParGeneration: { '2015': 1, '2024': 1 },
        },
      ]);
  });

  it('follows communes leaving the territory and receiving their INSEE code; a QPV citing the code still finds its commune', () => {
    const events = [
      ...base,
      ...record([
        ['territoire', { type: 'CodeInseeCommuneAttribue', data: { nom: 'Anzin', codeInsee: '59014' } }],
        ['territoire', { type: 'CommuneDetachee', data: { commune: { codeInsee: null, nom: 'Marly' }, jusquAu: '2024-01-01' } }],
        ['qpv-imported', qpv('imported', [], { communes: [{ codeInsee: '59014', nom: 'ANZIN' }] })],
      ]).map((e, i) => ({ ...e, position: 300 + i })),
    ];
    const { documents } = projectionSpec(territoireProjection).given(events);
    const doc = documents.get(T)!;
    expect(doc.communes.find((c) => c.nom === 'Anzin')).toMatchObject({ cle: '59014', codeInsee: '59014', quartiers: ['verrerie', 'rives', 'imported'] });
    expect(doc.communes.find((c) => c.nom === 'Marly')).toMatchObject({ rattachee: false, jusquAu: '2024-01-01' });
    expect(doc.comptes.communes).toMatchObject({ calculee: '2', declaree: '3', ecart: true });
    expect(doc.comptes.communesAvecQpv).toMatchObject({ calculee: '2' });
  });

  it('keeps the legal kind history and predecessors', () => {
    const events = record([
      [
        'territoire',
        {
          type: 'TerritoireOuvert',
          data: { siren: null, nom: 'Métropole du Grand Nancy', nomUsuel: null, acronyme: 'MGN', nature: 'cu', departement: null, region: null },
        },
      ],
      ['territoire', { type: 'NatureTerritoireChangee', data: { nature: 'metropole', ancienneNature: 'cu', depuis: '2016-07' } }],
      [
        'territoire',
        { type: 'PredecesseurDeclare', data: { predecesseur: { nom: 'Artois-Lys', siren: null, jusquAu: null, contratDeVille: null, note: null } } },
      ],
    ]);
    projectionSpec(territoireProjection)
      .given(events)
      .then([
        {
          _id: T,
          nature: 'metropole',
          historiqueNature: [
            { nature: 'cu', depuis: null },
            { nature: 'metropole', depuis: '2016-07' },
          ],
          predecesseurs: [expect.objectContaining({ nom: 'Artois-Lys' })],
        },
      ]);
  });
});
