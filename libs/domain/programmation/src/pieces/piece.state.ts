import type { PorteurKind, Tag } from '../shared/references';
import type { PieceEvent } from './piece.events';
import { cibleDeLEtape, type CiblePiece, type EtapePieceRequise, type FichierPiece, type PieceRequise } from './piece.types';

export interface PieceState {
  pieceId: string;
  cible: CiblePiece;
  type: Tag;
  statut: 'active' | 'retiree';
  fichier: FichierPiece;
  /** Files this piece had before, oldest first. */
  versionsPrecedentes: FichierPiece[];
}

/** The pieces of one holder (dossier or convention), by id. */
export type PiecesState = Record<string, PieceState>;

export function evolvePieces(pieces: PiecesState, event: PieceEvent<unknown>): PiecesState {
  const { pieceId } = event.data;
  const current = pieces[pieceId];
  switch (event.type) {
    case 'PieceDeposee': {
      const { cible, type, fichier } = event.data;
      return { ...pieces, [pieceId]: { pieceId, cible, type, statut: 'active', fichier, versionsPrecedentes: [] } };
    }
    case 'PieceRemplacee':
      return current
        ? { ...pieces, [pieceId]: { ...current, fichier: event.data.fichier, versionsPrecedentes: [...current.versionsPrecedentes, current.fichier] } }
        : pieces;
    case 'PieceRetiree':
      return current ? { ...pieces, [pieceId]: { ...current, statut: 'retiree' } } : pieces;
  }
}

export function piecesActives(pieces: PiecesState): PieceState[] {
  return Object.values(pieces).filter((piece) => piece.statut === 'active');
}

/** Bytes of the current files of the active pieces: what the holder's quota counts. */
export function octetsUtilises(pieces: PiecesState): number {
  return piecesActives(pieces).reduce((sum, piece) => sum + piece.fichier.taille, 0);
}

/** The kinds still missing for an étape: required for this porteur kind, with no active piece of that kind there. */
export function piecesManquantes(pieces: PiecesState, requises: readonly PieceRequise[], etape: EtapePieceRequise, porteurKind: PorteurKind): Tag[] {
  const cible = cibleDeLEtape(etape);
  const fournies = new Set(
    piecesActives(pieces)
      .filter((piece) => piece.cible === cible)
      .map((piece) => piece.type.id),
  );
  return requises
    .filter((requise) => requise.etape === etape && (requise.porteurKinds.length === 0 || requise.porteurKinds.includes(porteurKind)))
    .filter((requise) => !fournies.has(requise.type.id))
    .map((requise) => requise.type);
}
