import type { Projection, ReadDocument, RecordedEvent } from '@cdv/eventsourcing';
import {
  cleCible,
  type CibleIndicateur,
  type DatePartielle,
  type EngagementPris,
  type RefNoeud,
  type RefOrganisation,
  type StatutEngagement,
} from '@cdv/domain-territoire';
import { evenement } from './shared/events';
import { ajouterSansDoublon, clesRecherche } from './shared/recherche';

export interface CibleVue extends CibleIndicateur {
  /** Earlier targets for the same indicator, year and breakdown, with why they changed. */
  historique: { cible: CibleIndicateur['cible']; motif: string | null; le: string }[];
}

export interface EngagementDocument extends ReadDocument {
  engagementId: string;
  tenantId: string;
  contratId: string | null;
  groupe: string | null;
  priorite: string | null;
  objectif: string;
  /** Normalised objective, priority and group, for "contains" searches. */
  recherche: string[];
  responsables: RefOrganisation[];
  /** Registered partners among the responsables, for filtering. */
  partenaireIds: string[];
  moyens: string | null;
  noeuds: RefNoeud[];
  noeudIds: string[];
  indicateurIds: string[];
  cibles: CibleVue[];
  echeance: DatePartielle | null;
  statut: StatutEngagement;
  historiqueStatuts: { statut: StatutEngagement; depuis: DatePartielle | null; commentaire: string | null; motif: string | null }[];
}

function prendre(recorded: RecordedEvent<EngagementPris>): EngagementDocument {
  const d = recorded.data;
  return {
    _id: d.engagementId,
    engagementId: d.engagementId,
    tenantId: recorded.metadata.tenantId,
    contratId: d.contratId,
    groupe: d.groupe,
    priorite: d.priorite,
    objectif: d.objectif,
    recherche: clesRecherche(d.objectif, d.priorite, d.groupe),
    responsables: d.responsables,
    partenaireIds: [...new Set(d.responsables.map((r) => r.partenaireId).filter((id): id is string => id !== null))],
    moyens: d.moyens,
    noeuds: d.noeuds,
    noeudIds: d.noeuds.map((n) => n.noeudId),
    indicateurIds: d.indicateurIds,
    cibles: [],
    echeance: d.echeance,
    statut: d.statut,
    historiqueStatuts: [{ statut: d.statut, depuis: null, commentaire: null, motif: null }],
  };
}

function evolveEngagement(document: EngagementDocument, recorded: RecordedEvent): EngagementDocument {
  const event = evenement(recorded);
  switch (event.type) {
    case 'IndicateurRattacheEngagement':
      return { ...document, indicateurIds: ajouterSansDoublon(document.indicateurIds, event.data.indicateurId) };
    case 'CibleIndicateurFixee': {
      const { engagementId: _id, ...cible } = event.data;
      return { ...document, cibles: [...document.cibles, { ...cible, historique: [] }] };
    }
    case 'CibleIndicateurModifiee': {
      const { engagementId: _id, precedente, ...cible } = event.data;
      const cle = cleCible(cible);
      return {
        ...document,
        cibles: document.cibles.map((c) =>
          cleCible(c) === cle
            ? {
                ...cible,
                historique: [...c.historique, { cible: precedente.cible, motif: recorded.metadata.reason ?? null, le: recorded.metadata.recordedAt }],
              }
            : c,
        ),
      };
    }
    case 'StatutEngagementChange':
      return {
        ...document,
        statut: event.data.statut,
        historiqueStatuts: [
          ...document.historiqueStatuts,
          { statut: event.data.statut, depuis: event.data.depuis, commentaire: event.data.commentaire, motif: recorded.metadata.reason ?? null },
        ],
      };
    default:
      return document;
  }
}

/** One document per partner commitment, with its targets per indicator and year and its status over time. */
export const engagementsProjection: Projection<EngagementDocument> = {
  name: 'engagements',
  version: 1,
  eventTypes: ['EngagementPris', 'IndicateurRattacheEngagement', 'CibleIndicateurFixee', 'CibleIndicateurModifiee', 'StatutEngagementChange'],
  documentIds: (event) => [(event.data as { engagementId: string }).engagementId],
  evolve(document, event) {
    if (event.type === 'EngagementPris') return document ?? prendre(event as RecordedEvent<EngagementPris>);
    return document ? evolveEngagement(document, event) : null;
  },
  indexes: [{ keys: { partenaireIds: 1 } }, { keys: { noeudIds: 1 } }, { keys: { statut: 1 } }],
};
