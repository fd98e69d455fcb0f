import type { Command } from '@cdv/eventsourcing';
import type { Validation } from '../shared/validation';
import type { Correspondance, Dimension } from './cadre.events';

/** Defines version 1, or the next version (which freezes the previous one). */
export type DefinirCadreStrategique = Command<
  'DefinirCadreStrategique',
  { cadreId: string; version: number; intitule: string; contratId?: string | null; dimensions: Dimension[]; validations?: Validation[] }
>;
export type AjouterObjectif = Command<
  'AjouterObjectif',
  {
    version: number;
    dimension: string;
    noeudId: string;
    parentId?: string | null;
    /** Deduced from the parent; required for a node without parent below the first level. */
    niveau?: number;
    code?: string | null;
    libelle: string;
    libelleAffiche?: string | null;
    variantes?: string[];
    liens?: string[];
  }
>;
export type DefinirLibelleAffiche = Command<'DefinirLibelleAffiche', { noeudId: string; libelleAffiche: string | null }>;
export type DeclarerCorrespondance = Command<'DeclarerCorrespondance', { versionSource: number; versionCible: number; correspondances: Correspondance[] }>;

export type CadreCommand = DefinirCadreStrategique | AjouterObjectif | DefinirLibelleAffiche | DeclarerCorrespondance;
