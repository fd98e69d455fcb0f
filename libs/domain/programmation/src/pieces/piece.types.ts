import type { PorteurKind, Tag } from '../shared/references';

/**
 * Pièces justificatives (docs/adr/0022-pieces-justificatives.md): the files attached to a dossier (its deposit),
 * to its bilan, or to a convention. The bytes live in the document store under their SHA-256; events carry the
 * hash, which ties each file to the hash chain of its stream.
 */

/** What a piece justifies: the dossier's deposit, its bilan, or a convention. */
export const CIBLES_PIECE = ['dossier', 'bilan', 'convention'] as const;
export type CiblePiece = (typeof CIBLES_PIECE)[number];

/**
 * The media types the platform keeps, always detected from the content, never from the name or the client's
 * Content-Type (the allow-list and its reasons: docs/adr/0022-pieces-justificatives.md).
 */
export const TYPES_MEDIA_PIECE = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
] as const;
export type TypeMediaPiece = (typeof TYPES_MEDIA_PIECE)[number];

/** One file as the events record it: the name is metadata only (sanitised, never a path). */
export interface FichierPiece {
  nom: string;
  /** Bytes. */
  taille: number;
  typeMedia: TypeMediaPiece;
  /** Lower-case hex SHA-256 of the bytes: the document store's key and what `verify` checks the file against. */
  sha256: string;
}

/** When a required piece must be there: before the instruction starts (`depot`) or before the solde (`bilan`). */
export const ETAPES_PIECE_REQUISE = ['depot', 'bilan'] as const;
export type EtapePieceRequise = (typeof ETAPES_PIECE_REQUISE)[number];

/** A piece the appel à projets asks for, for some porteur kinds (all of them when `porteurKinds` is empty). */
export interface PieceRequise {
  type: Tag;
  etape: EtapePieceRequise;
  porteurKinds: PorteurKind[];
}

/** A kind of piece of the workspace's catalogue (« statuts », « RIB »…) and what it may justify. */
export interface TypePieceCatalogue {
  id: string;
  libelle: string;
  cibles: CiblePiece[];
}

/** The cible a requirement's étape concerns. */
export function cibleDeLEtape(etape: EtapePieceRequise): CiblePiece {
  return etape === 'depot' ? 'dossier' : 'bilan';
}
