import type { TypePieceCatalogue } from '../pieces/piece.types';
import type { CataloguePiecesDefini } from './catalogue-pieces.events';

/**
 * What a workspace uses until its admins define their own: the pieces Dauphin and Démarches Simplifiées ask for
 * a subsidy to an association (CERFA n° 12156 with its budget prévisionnel, statuts, dirigeants, RIB, last
 * rapport d'activité and accounts), the bilan's compte rendu financier (CERFA n° 15059) and the signed convention.
 */
export const CATALOGUE_PIECES_PAR_DEFAUT: readonly TypePieceCatalogue[] = [
  { id: 'demande-subvention', libelle: 'Demande de subvention (CERFA n° 12156)', cibles: ['dossier'] },
  { id: 'budget-previsionnel', libelle: 'Budget prévisionnel', cibles: ['dossier'] },
  { id: 'statuts', libelle: 'Statuts', cibles: ['dossier'] },
  { id: 'liste-dirigeants', libelle: 'Liste des dirigeants', cibles: ['dossier'] },
  { id: 'rib', libelle: 'RIB', cibles: ['dossier', 'convention'] },
  { id: 'rapport-activite', libelle: "Dernier rapport d'activité", cibles: ['dossier'] },
  { id: 'comptes-annuels', libelle: 'Derniers comptes approuvés', cibles: ['dossier'] },
  { id: 'compte-rendu-financier', libelle: 'Compte rendu financier (CERFA n° 15059)', cibles: ['bilan'] },
  { id: 'justificatif', libelle: 'Justificatif', cibles: ['dossier', 'bilan'] },
  { id: 'convention-signee', libelle: 'Convention signée', cibles: ['convention'] },
  { id: 'avenant-signe', libelle: 'Avenant signé', cibles: ['convention'] },
  { id: 'autre', libelle: 'Autre pièce', cibles: ['dossier', 'bilan', 'convention'] },
];

export interface CataloguePiecesState {
  types: readonly TypePieceCatalogue[];
  /** 0 while the workspace uses the default catalogue. */
  version: number;
}

export const initialCataloguePiecesState = (): CataloguePiecesState => ({ types: CATALOGUE_PIECES_PAR_DEFAUT, version: 0 });

export function evolveCataloguePieces(state: CataloguePiecesState, event: CataloguePiecesDefini): CataloguePiecesState {
  return { types: event.data.types, version: state.version + 1 };
}
