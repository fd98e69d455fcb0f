import type { DomainEvent } from '@cdv/eventsourcing';
import type { QpvDeclare, ReferentielEvent } from '@cdv/domain-territoire';
import { projectionSpec, recordEvents } from '@cdv/testing';
import { find } from 'mingo';
import { qpvsProjection, type QpvDocument } from './qpvs.projection';
import { predecesseursQuery, qpvsQuery, successeursQuery, type QpvsFiltre } from './qpvs.queries';

const T = 'mel';
const record = (entries: Array<[string, ReferentielEvent]>) =>
  recordEvents(
    entries.map(([stream, event]) => ({ stream: `${T}:${stream}`, event: event as DomainEvent })),
    { tenantId: T },
  );

const declaration = (data: Partial<QpvDeclare['data']> & Pick<QpvDeclare['data'], 'qpvId' | 'nom'>): ReferentielEvent => ({
  type: 'QpvDeclare',
  data: {
    categorie: 'qpv',
    code: null,
    generation: 2015,
    validite: { du: '2015-01-01', au: '2023-12-31' },
    alias: [],
    communes: [{ codeInsee: '59512', nom: 'Roubaix' }],
    zonages: [],
    reconnaissance: null,
    predecesseurs: [],
    ...data,
  },
});

const events = record([
  [
    'qpv-QP059001',
    declaration({
      qpvId: 'QP059001',
      code: 'QP059001',
      nom: 'Alma Gare',
      communes: [
        { codeInsee: '59512', nom: 'Roubaix' },
        { codeInsee: '59599', nom: 'Tourcoing' },
      ],
    }),
  ],
  ['qpv-mont-liebaud', declaration({ qpvId: 'mont-liebaud', nom: 'Mont-Liébaud', alias: ['Mont Liébaut'], communes: [{ codeInsee: null, nom: 'Béthune' }] })],
  [
    'qpv-QN05901M',
    declaration({
      qpvId: 'QN05901M',
      code: 'QN05901M',
      generation: 2024,
      validite: { du: '2024-01-01', au: null },
      nom: 'Alma',
      predecesseurs: [{ qpvId: 'QP059001', code: 'QP059001' }],
    }),
  ],
  [
    'qpv-QP059001',
    {
      type: 'QpvRemplace',
      data: {
        qpvId: 'QP059001',
        code: 'QP059001',
        successeurs: [
          { qpvId: 'QN05901M', code: 'QN05901M' },
          { qpvId: 'QN05902M', code: 'QN05902M' },
        ],
        dateEffet: '2024-01-01',
      },
    },
  ],
  ['qpv-QN05902M', declaration({ qpvId: 'QN05902M', code: 'QN05902M', generation: 2024, validite: { du: '2024-01-01', au: null }, nom: 'Epeule' })],
  ['qpv-mont-liebaud', { type: 'QpvRenomme', data: { qpvId: 'mont-liebaud', nom: 'Mont Liébaut - Centre Olympie', ancienNom: 'Mont-Liébaud' } }],
  ['qpv-mont-liebaud', { type: 'CodeQpvAttribue', data: { qpvId: 'mont-liebaud', code: 'QP062001', ancienCode: null, generation: 2015 } }],
]);

const { documents } = projectionSpec(qpvsProjection).given(events);
const run = (filtre: QpvsFiltre) => {
  const { filter, sort } = qpvsQuery(filtre);
  return (
    find([...documents.values()], filter)
      .sort(sort ?? {})
      .all() as unknown as QpvDocument[]
  ).map((d) => d._id);
};

describe('qpvs projection', () => {
  it('keeps a replaced 2015 QPV with its code, status and successors; the 2024 QPV records its predecessor', () => {
    projectionSpec(qpvsProjection)
      .given(events)
      .then([
        {
          _id: 'QP059001',
          code: 'QP059001',
          codes: ['QP059001'],
          generation: 2015,
          statut: 'remplace',
          remplaceLe: '2024-01-01',
          successeurs: [
            { qpvId: 'QN05901M', code: 'QN05901M' },
            { qpvId: 'QN05902M', code: 'QN05902M' },
          ],
          communesRecherche: ['59512', 'roubaix', '59599', 'tourcoing'],
        },
        { _id: 'QN05901M', statut: 'actif', generation: 2024, predecesseurs: [{ qpvId: 'QP059001', code: 'QP059001' }] },
        { _id: 'QN05902M', statut: 'actif', predecesseurs: [] },
        {
          _id: 'mont-liebaud',
          nom: 'Mont Liébaut - Centre Olympie',
          alias: ['Mont Liébaut', 'Mont-Liébaud'],
          nomsRecherche: ['mont liebaut centre olympie', 'mont liebaut', 'mont liebaud'],
          code: 'QP062001',
        },
      ]);
  });

  it('still finds the 2015 QPV by its 2015 code after the 2024 list is loaded, and its successors', () => {
    expect(run({ code: 'qp059001' })).toEqual(['QP059001']);
    const old = documents.get('QP059001')!;
    const successeurs = successeursQuery(old);
    expect((find([...documents.values()], successeurs.filter).all() as unknown as QpvDocument[]).map((d) => d._id).sort()).toEqual(['QN05901M', 'QN05902M']);
    // QN05902M does not name its predecessor itself: the link is found from the 2015 side.
    const predecesseurs = predecesseursQuery(documents.get('QN05902M')!);
    expect((find([...documents.values()], predecesseurs.filter).all() as unknown as QpvDocument[]).map((d) => d._id)).toEqual(['QP059001']);
  });

  it('filters by generation, status, commune (code or name) and name or alias whatever the accents', () => {
    expect(run({ generation: 2024 })).toEqual(['QN05901M', 'QN05902M']);
    expect(run({ statut: 'actif', generation: 2015 })).toEqual(['mont-liebaud']);
    expect(run({ commune: '59599' })).toEqual(['QP059001']);
    expect(run({ commune: 'béthune' })).toEqual(['mont-liebaud']);
    expect(run({ texte: 'LIEBAUD' })).toEqual(['mont-liebaud']);
    expect(run({ texte: 'liébaut' })).toEqual(['mont-liebaud']);
    expect(run({ texte: 'a.m' })).toEqual([]);
    expect(run({ statut: ['remplace', 'retire'] })).toEqual(['QP059001']);
  });
});
