import type { DomainEvent, EventMetadata } from '@cdv/eventsourcing';
import type { ReferentielEvent } from '@cdv/domain-territoire';
import { projectionSpec, recordEvents } from '@cdv/testing';
import { aggregate, find } from 'mingo';
import { engagementsProjection, type EngagementDocument } from './engagements.projection';
import { ciblesPipeline, engagementsQuery } from './engagements.queries';

const T = 'mel';
const record = (entries: Array<[ReferentielEvent, Partial<EventMetadata>?]>) =>
  recordEvents(
    entries.map(([event, metadata]) => ({
      stream: `${T}:engagement-${(event.data as { engagementId: string }).engagementId}`,
      event: event as DomainEvent,
      metadata,
    })),
    { tenantId: T },
  );

const cible = { indicateurId: 'ind-evenements', annee: null, periode: null, ventilation: null, reference: null, qualificatif: null };
const events = record([
  [
    {
      type: 'EngagementPris',
      data: {
        engagementId: 'E-AGIR',
        contratId: 'cv-mel',
        groupe: null,
        priorite: 'EMPLOI',
        objectif: '#Agir pour réussir',
        responsables: [
          { partenaireId: 'pole-emploi', libelle: 'Pôle Emploi' },
          { partenaireId: null, libelle: 'PLIE' },
        ],
        moyens: null,
        noeuds: [{ cadreId: 'cv-mel', noeudId: 'v1.C1.emploi' }],
        indicateurIds: [],
        echeance: null,
        statut: 'non_renseigne',
      },
    },
  ],
  [{ type: 'IndicateurRattacheEngagement', data: { engagementId: 'E-AGIR', indicateurId: 'ind-evenements' } }],
  [{ type: 'CibleIndicateurFixee', data: { engagementId: 'E-AGIR', ...cible, cible: { type: 'intervalle', min: '750', max: '850' } } }],
  [
    {
      type: 'CibleIndicateurModifiee',
      data: {
        engagementId: 'E-AGIR',
        ...cible,
        cible: { type: 'intervalle', min: '700', max: '850' },
        precedente: { ...cible, cible: { type: 'intervalle', min: '750', max: '850' } },
      },
    },
    { reason: 'révision 2021' },
  ],
  [
    {
      type: 'StatutEngagementChange',
      data: { engagementId: 'E-AGIR', statut: 'en_cours_de_deploiement', ancienStatut: 'non_renseigne', depuis: '2020', commentaire: null },
    },
  ],
]);

describe('engagements projection', () => {
  it('shows targets with their history and the status over time', () => {
    projectionSpec(engagementsProjection)
      .given(events)
      .then([
        {
          _id: 'E-AGIR',
          partenaireIds: ['pole-emploi'],
          noeudIds: ['v1.C1.emploi'],
          indicateurIds: ['ind-evenements'],
          cibles: [
            {
              ...cible,
              cible: { type: 'intervalle', min: '700', max: '850' },
              historique: [{ cible: { type: 'intervalle', min: '750', max: '850' }, motif: 'révision 2021', le: expect.any(String) }],
            },
          ],
          statut: 'en_cours_de_deploiement',
          historiqueStatuts: [
            { statut: 'non_renseigne', depuis: null, commentaire: null, motif: null },
            { statut: 'en_cours_de_deploiement', depuis: '2020', commentaire: null, motif: null },
          ],
        },
      ]);
  });

  it('filters by partner, node, status and text, and lists targets as rows', () => {
    const { documents } = projectionSpec(engagementsProjection).given(events);
    const all = [...documents.values()];
    const ids = (filter: object) => (find(all, filter).all() as unknown as EngagementDocument[]).map((d) => d._id);
    expect(ids(engagementsQuery({ partenaireId: 'pole-emploi' }).filter)).toEqual(['E-AGIR']);
    expect(ids(engagementsQuery({ noeudId: 'v1.C1.emploi', statut: 'en_cours_de_deploiement' }).filter)).toEqual(['E-AGIR']);
    expect(ids(engagementsQuery({ texte: 'REUSSIR' }).filter)).toEqual(['E-AGIR']);
    expect(ids(engagementsQuery({ partenaireId: 'plie' }).filter)).toEqual([]);
    expect(aggregate(all, ciblesPipeline({ contratId: 'cv-mel' }))).toEqual([
      { engagementId: 'E-AGIR', objectif: '#Agir pour réussir', cible: expect.objectContaining({ indicateurId: 'ind-evenements' }) },
    ]);
  });
});
