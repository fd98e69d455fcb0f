import type { DomainEvent, EventMetadata } from '@cdv/eventsourcing';
import type { ReferentielEvent } from '@cdv/domain-territoire';
import { projectionSpec, recordEvents } from '@cdv/testing';
import { aggregate, find } from 'mingo';
import { indicateursProjection, type IndicateurDocument } from './indicateurs.projection';
import { indicateursQuery, valeursPipeline } from './indicateurs.queries';

const T = 'cabbalr';
const record = (entries: Array<[string, ReferentielEvent, Partial<EventMetadata>?]>) =>
  recordEvents(
    entries.map(([stream, event, metadata]) => ({ stream: `${T}:${stream}`, event: event as DomainEvent, metadata })),
    { tenantId: T },
  );

const valeur = { annee: 2019, date: null, ventilation: null, engagementId: null, valeurImprimee: '71', qualificatif: null, source: 'Pôle Emploi' };
const cible = {
  indicateurId: 'ind-1',
  annee: 2020,
  periode: null,
  ventilation: null,
  cible: { type: 'a_definir' as const },
  reference: null,
  qualificatif: null,
};
const events = record([
  // The engagement cites the indicator before the catalogue defines it.
  [
    'engagement-e1',
    {
      type: 'EngagementPris',
      data: {
        engagementId: 'e1',
        contratId: null,
        groupe: null,
        priorite: null,
        objectif: 'x',
        responsables: [{ partenaireId: null, libelle: 'Etat' }],
        moyens: null,
        noeuds: [],
        indicateurIds: ['ind-1', 'ind-2'],
        echeance: null,
        statut: 'non_renseigne',
      },
    },
  ],
  ['engagement-e1', { type: 'CibleIndicateurFixee', data: { engagementId: 'e1', ...cible } }],
  [
    'indicateur-ind-1',
    {
      type: 'IndicateurDefini',
      data: {
        indicateurId: 'ind-1',
        libelle: 'Emplois francs signés',
        unite: 'contrats',
        nature: 'flux',
        ventilations: [],
        tranchesAge: [],
        definition: null,
        noeuds: [{ cadreId: 'cv-cabbalr', noeudId: 'v1.fdr.2' }],
      },
    },
  ],
  ['indicateur-ind-1', { type: 'ValeurIndicateurRenseignee', data: { indicateurId: 'ind-1', ...valeur, valeur: '70' } }],
  [
    'indicateur-ind-1',
    { type: 'ValeurIndicateurCorrigee', data: { indicateurId: 'ind-1', ...valeur, valeur: '71', precedente: { ...valeur, valeur: '70' } } },
    { reason: 'chiffre relu' },
  ],
  [
    'indicateur-ind-2',
    {
      type: 'IndicateurDefini',
      data: {
        indicateurId: 'ind-2',
        libelle: "nombre d'entreprises signataires de la Charte",
        unite: null,
        nature: null,
        ventilations: [],
        tranchesAge: [],
        definition: null,
        noeuds: [],
      },
    },
  ],
]);

describe('indicateurs projection', () => {
  it('gathers definition, engagements, targets and corrected values', () => {
    projectionSpec(indicateursProjection)
      .given(events)
      .then([
        {
          _id: 'ind-1',
          defini: true,
          libelle: 'Emplois francs signés',
          noeudIds: ['v1.fdr.2'],
          engagementIds: ['e1'],
          cibles: [{ engagementId: 'e1', ...cible }],
          valeurs: [{ ...valeur, valeur: '71', corrections: [{ valeur: '70', valeurImprimee: '71', motif: 'chiffre relu', le: expect.any(String) }] }],
          renseigne: true,
        },
        { _id: 'ind-2', defini: true, engagementIds: ['e1'], renseigne: false },
      ]);
  });

  it('lists the indicators without value (« non renseigné ») and the values of one indicator', () => {
    const { documents } = projectionSpec(indicateursProjection).given(events);
    const all = [...documents.values()];
    expect((find(all, indicateursQuery({ renseigne: false }).filter).all() as unknown as IndicateurDocument[]).map((d) => d._id)).toEqual(['ind-2']);
    expect((find(all, indicateursQuery({ texte: 'charte', engagementId: 'e1' }).filter).all() as unknown as IndicateurDocument[]).map((d) => d._id)).toEqual([
      'ind-2',
    ]);
    expect(aggregate(all, valeursPipeline('ind-1', 2019, 2019))).toEqual([expect.objectContaining({ annee: 2019, valeur: '71' })]);
  });
});
