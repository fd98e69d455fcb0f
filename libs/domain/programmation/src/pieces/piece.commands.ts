import type { Command } from '@cdv/eventsourcing';
import type { Tag } from '../shared/references';
import type { CiblePiece, FichierPiece } from './piece.types';

/** Limits the application passes (configuration): the deciders cannot read it. */
export interface ContextePiece {
  /** Largest total of the current files of the holder (DOCUMENT_MAX_BYTES_PER_DOSSIER). */
  quotaOctets?: number;
}

/**
 * Attach a file already kept in the document store (the upload endpoint put it there and signed a receipt) to a
 * dossier, its bilan or a convention. The application checked the receipt and resolved `type` in the catalogue.
 */
export type DeposerPiece<H> = Command<'DeposerPiece', H & { pieceId: string; cible: CiblePiece; type: Tag; fichier: FichierPiece; contexte?: ContextePiece }>;

/** A new version of the piece (reason required). */
export type RemplacerPiece<H> = Command<'RemplacerPiece', H & { pieceId: string; fichier: FichierPiece; contexte?: ContextePiece }>;

/** The piece no longer counts (reason required); its bytes stay for the audit trail. */
export type RetirerPiece<H> = Command<'RetirerPiece', H & { pieceId: string }>;

export type PieceCommand<H> = DeposerPiece<H> | RemplacerPiece<H> | RetirerPiece<H>;
