import { isSha256, refuse, type Refusal } from '@cdv/eventsourcing';
import { checkTag, checkText, firstRefusal, isEpciStaff, requireStaffOr } from '../shared/validation';
import type { DeposerPiece, PieceCommand, RemplacerPiece, RetirerPiece } from './piece.commands';
import type { PieceEvent } from './piece.events';
import { octetsUtilises, type PieceState, type PiecesState } from './piece.state';
import { CIBLES_PIECE, TYPES_MEDIA_PIECE, type CiblePiece, type FichierPiece } from './piece.types';
import { exigerMotif } from '@cdv/shared-kernel';

/**
 * The rules every holder of pieces shares (a dossier and its bilan, a convention). The holder's decider says
 * what depends on it: its id in the events, its porteur, which cibles its state accepts now, and whether its
 * porteur may still withdraw a piece.
 */
export interface DetenteurPieces<H> {
  /** What the events name: `{ dossierId }` or `{ conventionId }`. */
  ref: H;
  /** The organisation that acts on its own pieces (the dossier's or the convention's porteur). */
  porteurId: string;
  pieces: PiecesState;
  /** Null when a piece of this cible may be deposited or replaced now; else the refusal (wrong cible, wrong state). */
  accepte(cible: CiblePiece, command: string): Refusal | null;
  /** Whether the porteur may still withdraw its own piece of this cible (staff always may, with a reason). */
  porteurPeutRetirer(cible: CiblePiece): boolean;
}

type Decision<H> = PieceEvent<H>[] | Refusal;

/** The holder's deciders dispatch every piece command here. */
export function decidePiece<H>(command: PieceCommand<H>, detenteur: DetenteurPieces<H>): Decision<H> {
  switch (command.type) {
    case 'DeposerPiece':
      return deposerPiece(command, detenteur);
    case 'RemplacerPiece':
      return remplacerPiece(command, detenteur);
    case 'RetirerPiece':
      return retirerPiece(command, detenteur);
  }
}

export function deposerPiece<H>(command: DeposerPiece<H>, detenteur: DetenteurPieces<H>): Decision<H> {
  const { data, metadata } = command;
  const denied = requireStaffOr(metadata.actor, command.type, ['porteur'], detenteur.porteurId);
  if (denied) return denied;
  const invalid = firstRefusal(
    () => checkText('pieceId', data.pieceId, { max: 100 }),
    () => (CIBLES_PIECE.includes(data.cible) ? null : refuse.validation('cible', `cible must be one of ${CIBLES_PIECE.join(', ')}`, { value: data.cible })),
    () => checkTag('type', data.type),
    () => checkFichier('fichier', data.fichier),
  );
  if (invalid) return invalid;
  const state = detenteur.accepte(data.cible, command.type);
  if (state) return state;
  if (detenteur.pieces[data.pieceId]) return refuse.conflict(`piece ${data.pieceId} already exists`, { pieceId: data.pieceId });
  const meme = Object.values(detenteur.pieces).find(
    (piece) => piece.statut === 'active' && piece.cible === data.cible && piece.type.id === data.type.id && piece.fichier.sha256 === data.fichier.sha256,
  );
  if (meme) {
    return refuse.conflict(`this file is already deposited as « ${meme.type.libelle} » (piece ${meme.pieceId})`, { pieceId: meme.pieceId });
  }
  const quota = checkQuota(detenteur.pieces, data.fichier.taille, data.contexte?.quotaOctets);
  if (quota) return quota;
  return [{ type: 'PieceDeposee', data: { ...detenteur.ref, pieceId: data.pieceId, cible: data.cible, type: data.type, fichier: data.fichier } }];
}

export function remplacerPiece<H>(command: RemplacerPiece<H>, detenteur: DetenteurPieces<H>): Decision<H> {
  const { data, metadata } = command;
  const denied = requireStaffOr(metadata.actor, command.type, ['porteur'], detenteur.porteurId);
  if (denied) return denied;
  const piece = trouver(detenteur, data.pieceId);
  if (!isPiece(piece)) return piece;
  if (piece.statut === 'retiree') return refuse.invalidTransition('retiree', command.type, `piece ${piece.pieceId} was withdrawn: deposit a new one`);
  const invalid = firstRefusal(
    () => checkFichier('fichier', data.fichier),
    () => exigerMotif(metadata, 'a replaced piece says why (the previous file stays in the audit trail)'),
  );
  if (invalid) return invalid;
  const state = detenteur.accepte(piece.cible, command.type);
  if (state) return state;
  if (piece.fichier.sha256 === data.fichier.sha256) return [];
  const quota = checkQuota(detenteur.pieces, data.fichier.taille - piece.fichier.taille, data.contexte?.quotaOctets);
  if (quota) return quota;
  return [
    {
      type: 'PieceRemplacee',
      data: { ...detenteur.ref, pieceId: piece.pieceId, cible: piece.cible, type: piece.type, fichier: data.fichier, precedent: piece.fichier },
    },
  ];
}

export function retirerPiece<H>(command: RetirerPiece<H>, detenteur: DetenteurPieces<H>): Decision<H> {
  const { data, metadata } = command;
  const denied = requireStaffOr(metadata.actor, command.type, ['porteur'], detenteur.porteurId);
  if (denied) return denied;
  const piece = trouver(detenteur, data.pieceId);
  if (!isPiece(piece)) return piece;
  if (piece.statut === 'retiree') return refuse.conflict(`piece ${piece.pieceId} is already withdrawn`, { pieceId: piece.pieceId });
  if (!isEpciStaff(metadata.actor) && !detenteur.porteurPeutRetirer(piece.cible)) {
    return refuse.invalidTransition(
      'instruite',
      command.type,
      `the ${piece.cible === 'bilan' ? 'bilan' : 'dossier'} is being examined: replace the piece (with a reason) or ask the EPCI to withdraw it`,
    );
  }
  const reason = exigerMotif(metadata, 'a withdrawn piece says why (its file stays in the audit trail)');
  if (reason) return reason;
  return [{ type: 'PieceRetiree', data: { ...detenteur.ref, pieceId: piece.pieceId, cible: piece.cible, type: piece.type, fichier: piece.fichier } }];
}

function trouver<H>(detenteur: DetenteurPieces<H>, pieceId: string): PieceState | Refusal {
  return detenteur.pieces[pieceId] ?? refuse.notFound('Piece', pieceId);
}

function isPiece(value: PieceState | Refusal): value is PieceState {
  return 'pieceId' in value;
}

/** The total of the holder's current files stays within its quota (DOCUMENT_MAX_BYTES_PER_DOSSIER). */
function checkQuota(pieces: PiecesState, ajout: number, quota: number | undefined): Refusal | null {
  if (quota === undefined) return null;
  const utilises = octetsUtilises(pieces);
  return utilises + ajout > quota
    ? refuse.validation('fichier.taille', `the pieces would total ${utilises + ajout} bytes, over the ${quota} allowed`, { quotaOctets: quota, utilises })
    : null;
}

export function checkFichier(field: string, fichier: FichierPiece | undefined): Refusal | null {
  if (!fichier || typeof fichier !== 'object') return refuse.validation(field, 'the file is required');
  return firstRefusal(
    () => checkText(`${field}.nom`, fichier.nom, { max: 255 }),
    () =>
      Number.isSafeInteger(fichier.taille) && fichier.taille > 0
        ? null
        : refuse.validation(`${field}.taille`, 'a file has at least one byte', { value: fichier.taille }),
    () =>
      TYPES_MEDIA_PIECE.includes(fichier.typeMedia)
        ? null
        : refuse.validation(`${field}.typeMedia`, `${fichier.typeMedia} is not a type the platform keeps`, { value: fichier.typeMedia }),
    () => (isSha256(fichier.sha256) ? null : refuse.validation(`${field}.sha256`, 'a lower-case hex SHA-256', { value: fichier.sha256 })),
  );
}
