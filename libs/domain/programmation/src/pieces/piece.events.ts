import type { DomainEvent } from '@cdv/eventsourcing';
import type { Tag } from '../shared/references';
import type { CiblePiece, FichierPiece } from './piece.types';

/*
 * The three events of a piece, on the stream of what holds it: `{tenant}:dossier-{id}` (data names `dossierId`;
 * cible `dossier` or `bilan`) or `{tenant}:convention-{id}` (data names `conventionId`; cible `convention`). Who
 * and when are in the metadata (actor, recordedAt), the reason of a replacement or a withdrawal too, as for every
 * change after the fact (docs/design.md §4).
 */

export interface PieceDeposeeData {
  pieceId: string;
  cible: CiblePiece;
  /** The kind of piece from the workspace's catalogue, with its label at the time. */
  type: Tag;
  fichier: FichierPiece;
}

/** A new version of the piece; the previous file stays in the store (auditors read it). */
export interface PieceRemplaceeData extends PieceDeposeeData {
  precedent: FichierPiece;
}

/** The piece no longer counts; its file stays in the store for the audit trail, shown to auditors only. */
export type PieceRetireeData = PieceDeposeeData;

export type PieceDeposee<H> = DomainEvent<'PieceDeposee', H & PieceDeposeeData>;
export type PieceRemplacee<H> = DomainEvent<'PieceRemplacee', H & PieceRemplaceeData>;
export type PieceRetiree<H> = DomainEvent<'PieceRetiree', H & PieceRetireeData>;
export type PieceEvent<H> = PieceDeposee<H> | PieceRemplacee<H> | PieceRetiree<H>;

export type DetenteurDossier = { dossierId: string };
export type DetenteurConvention = { conventionId: string };

export const PIECE_EVENT_TYPES = ['PieceDeposee', 'PieceRemplacee', 'PieceRetiree'] as const satisfies ReadonlyArray<PieceEvent<unknown>['type']>;

/** The events that record a file (and its hash): what `verify` and the evidence bundle check files against. */
export const FICHIER_EVENT_TYPES: readonly string[] = ['PieceDeposee', 'PieceRemplacee'];
