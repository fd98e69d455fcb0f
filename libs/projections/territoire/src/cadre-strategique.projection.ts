import type { Projection, ReadDocument, RecordedEvent } from '@cdv/eventsourcing';
import type { CadreStrategiqueDefini, Correspondance, Validation } from '@cdv/domain-territoire';
import { evenement } from './shared/events';

export interface NoeudVue {
  noeudId: string;
  dimension: string;
  parentId: string | null;
  niveau: number;
  /** The tenant's name of the level ("pilier", "sous-priorité"). */
  niveauLibelle: string;
  code: string | null;
  libelle: string;
  libelleAffiche: string | null;
  variantes: string[];
  liens: string[];
  enfants: string[];
  /** Order of addition, which is the order of the source. */
  ordre: number;
}

export interface DimensionVue {
  code: string;
  libelle: string;
  niveaux: string[];
  racines: string[];
}

export interface CadreStrategiqueDocument extends ReadDocument {
  cadreId: string;
  tenantId: string;
  version: number;
  intitule: string;
  contratId: string | null;
  validations: Validation[];
  statut: 'courante' | 'remplacee';
  remplaceePar: number | null;
  dimensions: DimensionVue[];
  noeuds: NoeudVue[];
  /** Mappings from this version to later ones. */
  correspondancesSortantes: (Correspondance & { versionCible: number })[];
  /** Mappings from earlier versions to this one. */
  correspondancesEntrantes: (Correspondance & { versionSource: number })[];
}

export function cadreDocumentId(cadreId: string, version: number): string {
  return `${cadreId}:v${version}`;
}

function definir(recorded: RecordedEvent<CadreStrategiqueDefini>): CadreStrategiqueDocument {
  const d = recorded.data;
  return {
    _id: cadreDocumentId(d.cadreId, d.version),
    cadreId: d.cadreId,
    tenantId: recorded.metadata.tenantId,
    version: d.version,
    intitule: d.intitule,
    contratId: d.contratId,
    validations: d.validations,
    statut: 'courante',
    remplaceePar: null,
    dimensions: d.dimensions.map((dimension) => ({ ...dimension, racines: [] })),
    noeuds: [],
    correspondancesSortantes: [],
    correspondancesEntrantes: [],
  };
}

function evolveCadre(document: CadreStrategiqueDocument, recorded: RecordedEvent): CadreStrategiqueDocument {
  const event = evenement(recorded);
  switch (event.type) {
    case 'CadreStrategiqueDefini':
      // A later version supersedes this one (this document is the previous version).
      return event.data.version > document.version ? { ...document, statut: 'remplacee', remplaceePar: event.data.version } : document;
    case 'ObjectifAjoute': {
      const d = event.data;
      const dimension = document.dimensions.find((x) => x.code === d.dimension);
      const noeud: NoeudVue = {
        noeudId: d.noeudId,
        dimension: d.dimension,
        parentId: d.parentId,
        niveau: d.niveau,
        niveauLibelle: dimension?.niveaux[d.niveau] ?? String(d.niveau),
        code: d.code,
        libelle: d.libelle,
        libelleAffiche: d.libelleAffiche,
        variantes: d.variantes,
        liens: d.liens,
        enfants: [],
        ordre: document.noeuds.length,
      };
      return {
        ...document,
        noeuds: [...document.noeuds.map((n) => (n.noeudId === d.parentId ? { ...n, enfants: [...n.enfants, d.noeudId] } : n)), noeud],
        dimensions: document.dimensions.map((x) => (x.code === d.dimension && d.parentId === null ? { ...x, racines: [...x.racines, d.noeudId] } : x)),
      };
    }
    case 'LibelleAfficheDefini':
      return { ...document, noeuds: document.noeuds.map((n) => (n.noeudId === event.data.noeudId ? { ...n, libelleAffiche: event.data.libelleAffiche } : n)) };
    case 'CorrespondanceVersionsDeclaree': {
      const { versionSource, versionCible, correspondances } = event.data;
      if (document.version === versionSource) {
        return { ...document, correspondancesSortantes: [...document.correspondancesSortantes, ...correspondances.map((c) => ({ ...c, versionCible }))] };
      }
      return { ...document, correspondancesEntrantes: [...document.correspondancesEntrantes, ...correspondances.map((c) => ({ ...c, versionSource }))] };
    }
    default:
      return document;
  }
}

/** One document per version of a cadre stratégique: its dimensions, its tree (flat, with parent and children) and mappings. */
export const cadreStrategiqueProjection: Projection<CadreStrategiqueDocument> = {
  name: 'cadreStrategique',
  version: 1,
  eventTypes: ['CadreStrategiqueDefini', 'ObjectifAjoute', 'LibelleAfficheDefini', 'CorrespondanceVersionsDeclaree'],
  documentIds(recorded) {
    const event = evenement(recorded);
    switch (event.type) {
      case 'CadreStrategiqueDefini': {
        const { cadreId, version, versionPrecedente } = event.data;
        return versionPrecedente ? [cadreDocumentId(cadreId, version), cadreDocumentId(cadreId, versionPrecedente)] : [cadreDocumentId(cadreId, version)];
      }
      case 'CorrespondanceVersionsDeclaree':
        return [cadreDocumentId(event.data.cadreId, event.data.versionSource), cadreDocumentId(event.data.cadreId, event.data.versionCible)];
      case 'ObjectifAjoute':
      case 'LibelleAfficheDefini':
        return [cadreDocumentId(event.data.cadreId, event.data.version)];
      default:
        return [];
    }
  },
  evolve(document, event) {
    // The decider defines versions in order, so the previous version's document always exists when a new one is defined.
    if (!document) return event.type === 'CadreStrategiqueDefini' ? definir(event as RecordedEvent<CadreStrategiqueDefini>) : null;
    return evolveCadre(document, event);
  },
  indexes: [{ keys: { cadreId: 1, version: -1 } }],
};
