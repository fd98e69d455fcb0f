import type { Actor, Projection, ReadDocument, RecordedEvent } from '@cdv/eventsourcing';
import { PIECE_EVENT_TYPES, type CiblePiece, type FichierPiece, type PieceEvent, type Tag } from '@cdv/domain-programmation';

export type TypeDetenteur = 'dossier' | 'convention';

/** One file a piece has had: the first deposit, then each replacement. */
export interface PieceVersionDocument {
  fichier: FichierPiece;
  deposeLe: string;
  deposePar: Actor;
  /** When a later version replaced it, and why; null for the current version. */
  remplaceeLe: string | null;
  motifRemplacement: string | null;
}

/** A pièce justificative of a dossier (its deposit or its bilan) or of a convention, with every version of its file. */
export interface PieceDocument extends ReadDocument {
  detenteur: { type: TypeDetenteur; id: string };
  pieceId: string;
  cible: CiblePiece;
  type: Tag;
  statut: 'active' | 'retiree';
  /** The current file (the last version). */
  fichier: FichierPiece;
  deposeLe: string;
  deposePar: Actor;
  modifieLe: string;
  /** Oldest first; the last one is the current file. */
  versions: PieceVersionDocument[];
  retrait: { le: string; par: Actor; motif: string | null } | null;
}

export function detenteurDe(event: RecordedEvent): { type: TypeDetenteur; id: string } | null {
  const data = event.data as { dossierId?: unknown; conventionId?: unknown };
  if (typeof data.dossierId === 'string') return { type: 'dossier', id: data.dossierId };
  if (typeof data.conventionId === 'string') return { type: 'convention', id: data.conventionId };
  return null;
}

/** `dossier-{id}:{pieceId}` or `convention-{id}:{pieceId}`. */
export function pieceDocumentId(type: TypeDetenteur, detenteurId: string, pieceId: string): string {
  return `${type}-${detenteurId}:${pieceId}`;
}

export function evolvePiece(document: PieceDocument | null, event: RecordedEvent): PieceDocument | null {
  const detenteur = detenteurDe(event);
  if (!detenteur) return document;
  const domain = { type: event.type, data: event.data } as PieceEvent<unknown>;
  const { actor, recordedAt, reason } = event.metadata;
  if (domain.type === 'PieceDeposee') {
    const { pieceId, cible, type, fichier } = domain.data;
    return {
      _id: pieceDocumentId(detenteur.type, detenteur.id, pieceId),
      detenteur,
      pieceId,
      cible,
      type,
      statut: 'active',
      fichier,
      deposeLe: recordedAt,
      deposePar: actor,
      modifieLe: recordedAt,
      versions: [{ fichier, deposeLe: recordedAt, deposePar: actor, remplaceeLe: null, motifRemplacement: null }],
      retrait: null,
    };
  }
  if (!document) return null;
  if (domain.type === 'PieceRemplacee') {
    const versions = document.versions.map((version, index) =>
      index === document.versions.length - 1 ? { ...version, remplaceeLe: recordedAt, motifRemplacement: reason ?? null } : version,
    );
    return {
      ...document,
      fichier: domain.data.fichier,
      modifieLe: recordedAt,
      versions: [...versions, { fichier: domain.data.fichier, deposeLe: recordedAt, deposePar: actor, remplaceeLe: null, motifRemplacement: null }],
    };
  }
  return { ...document, statut: 'retiree', modifieLe: recordedAt, retrait: { le: recordedAt, par: actor, motif: reason ?? null } };
}

export const piecesProjection: Projection<PieceDocument> = {
  name: 'pieces',
  version: 1,
  eventTypes: PIECE_EVENT_TYPES,
  documentIds: (event) => {
    const detenteur = detenteurDe(event);
    const pieceId = (event.data as { pieceId?: unknown }).pieceId;
    return detenteur && typeof pieceId === 'string' ? [pieceDocumentId(detenteur.type, detenteur.id, pieceId)] : [];
  },
  evolve: evolvePiece,
  indexes: [{ keys: { 'detenteur.type': 1, 'detenteur.id': 1 } }],
};
