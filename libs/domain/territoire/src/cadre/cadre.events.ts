import type { DomainEvent } from '@cdv/eventsourcing';
import type { Validation } from '../shared/validation';

/**
 * One classification dimension of the cadre stratégique, with the level names the tenant uses:
 * piliers (pilier → orientation → objectif opérationnel), feuille de route (priorité → sous-priorité),
 * axes transversaux… Several dimensions sit side by side in one version.
 */
export interface Dimension {
  code: string;
  libelle: string;
  niveaux: string[];
}

export type CadreStrategiqueDefini = DomainEvent<
  'CadreStrategiqueDefini',
  {
    cadreId: string;
    version: number;
    intitule: string;
    contratId: string | null;
    dimensions: Dimension[];
    validations: Validation[];
    /** The version this one supersedes; that version is frozen from now on. */
    versionPrecedente: number | null;
  }
>;
/** A node of the tree. Its id is unique across all versions, so a tag given under one version keeps its meaning. */
export type ObjectifAjoute = DomainEvent<
  'ObjectifAjoute',
  {
    cadreId: string;
    version: number;
    dimension: string;
    noeudId: string;
    /** null for a root, or when the source does not say which parent the node has. */
    parentId: string | null;
    /** 0-based index into the dimension's niveaux. */
    niveau: number;
    /** Numbering printed in the source ("1.2", "2.3"). */
    code: string | null;
    /** Verbatim from the source, typos included ("Informar"). */
    libelle: string;
    libelleAffiche: string | null;
    /** Other spellings of the same node in the source. */
    variantes: string[];
    /** Nodes of other dimensions of the same version this node relates to (priorité → pilier). */
    liens: string[];
  }
>;
export type LibelleAfficheDefini = DomainEvent<'LibelleAfficheDefini', { cadreId: string; version: number; noeudId: string; libelleAffiche: string | null }>;
export interface Correspondance {
  de: string;
  vers: string[];
}
export type CorrespondanceVersionsDeclaree = DomainEvent<
  'CorrespondanceVersionsDeclaree',
  { cadreId: string; versionSource: number; versionCible: number; correspondances: Correspondance[] }
>;

export type CadreEvent = CadreStrategiqueDefini | ObjectifAjoute | LibelleAfficheDefini | CorrespondanceVersionsDeclaree;

export const CADRE_EVENT_TYPES = [
  'CadreStrategiqueDefini',
  'ObjectifAjoute',
  'LibelleAfficheDefini',
  'CorrespondanceVersionsDeclaree',
] as const satisfies readonly CadreEvent['type'][];
