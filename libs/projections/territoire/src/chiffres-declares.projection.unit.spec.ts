import type { DomainEvent, EventMetadata } from '@cdv/eventsourcing';
import type { ReferentielEvent } from '@cdv/domain-territoire';
import { projectionSpec, recordEvents } from '@cdv/testing';
import { aggregate } from 'mingo';
import { chiffresDeclaresProjection } from './chiffres-declares.projection';
import { chiffresDeclaresPipeline } from './chiffres-declares.queries';

const T = 'valenciennes-metropole';
const record = (entries: Array<[string, ReferentielEvent, Partial<EventMetadata>?]>) =>
  recordEvents(
    entries.map(([stream, event, metadata]) => ({ stream: `${T}:${stream}`, event: event as DomainEvent, metadata })),
    { tenantId: T },
  );
const chiffre = (chiffreId: string, cle: string, valeurImprimee: string, valeur: string | null): ReferentielEvent => ({
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
    dateReference: null,
    sujet: { type: 'territoire', id: null },
    document: '001_6b27c45a3e7210a6.txt',
    localisation: 'L864-871',
  },
});

const events = record([
  ['chiffres-seed-001', chiffre('population', 'population', '190 459', '190459')],
  ['chiffres-seed-001', chiffre('population-qpv', 'population_qpv', '35 888', '35888')],
  ['chiffres-seed-001', chiffre('part', 'part_population_qpv', '20 %', '20')],
  ['chiffres-seed-001', chiffre('npnru', 'npnru_sites', '4', '4')],
  ['chiffres-seed-001', chiffre('population-fausse', 'population', '190 549', '190549')],
  [
    'chiffres-seed-001',
    {
      type: 'ChiffreCorrige',
      data: {
        documentId: 'seed-001',
        chiffreId: 'population-fausse',
        valeurImprimee: '190 459',
        valeur: '190459',
        localisation: 'L865',
        precedente: { valeurImprimee: '190 549', valeur: '190549', localisation: 'L864-871' },
      },
    },
    { reason: 'mal recopié' },
  ],
]);

describe('chiffresDeclares projection', () => {
  it('lists every printed figure beside the computed one and flags the difference (Valenciennes: 20 % stated, 18.84 % computed)', () => {
    projectionSpec(chiffresDeclaresProjection)
      .given(events)
      .then([
        {
          _id: T,
          nombreEcarts: 1,
          chiffres: [
            expect.objectContaining({ chiffreId: 'population', statut: 'non_calculable', valeurCalculee: null }),
            expect.objectContaining({ chiffreId: 'population-qpv', statut: 'non_calculable' }),
            expect.objectContaining({ chiffreId: 'part', valeurImprimee: '20 %', valeurDeclaree: '20', valeurCalculee: '18.84', ecart: true, statut: 'ecart' }),
            expect.objectContaining({ chiffreId: 'npnru', statut: 'non_calculable', methode: null }),
            expect.objectContaining({
              chiffreId: 'population-fausse',
              valeurImprimee: '190 459',
              source: { document: '001_6b27c45a3e7210a6.txt', localisation: 'L865' },
              corrections: [{ valeurImprimee: '190 549', valeur: '190549', localisation: 'L864-871', motif: 'mal recopié', le: expect.any(String) }],
            }),
          ],
        },
      ]);
  });

  it('serves the figures as rows, filtered by status', () => {
    const { documents } = projectionSpec(chiffresDeclaresProjection).given(events);
    const rows = aggregate([...documents.values()], chiffresDeclaresPipeline(T, { statut: 'ecart' })) as Array<{ chiffreId: string }>;
    expect(rows.map((r) => r.chiffreId)).toEqual(['part']);
  });
});
