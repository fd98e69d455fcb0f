import { createHash } from 'node:crypto';
import type { PieceRequise, FichierPiece, TypeMediaPiece } from './piece.types';
import type { Tag } from '../shared/references';

// Object mother for pieces: files as the upload endpoint describes them, kinds of the default catalogue.

export const STATUTS: Tag = { id: 'statuts', libelle: 'Statuts' };
export const RIB: Tag = { id: 'rib', libelle: 'RIB' };
export const BUDGET: Tag = { id: 'budget-previsionnel', libelle: 'Budget prévisionnel' };
export const COMPTE_RENDU: Tag = { id: 'compte-rendu-financier', libelle: 'Compte rendu financier (CERFA n° 15059)' };
export const CONVENTION_SIGNEE: Tag = { id: 'convention-signee', libelle: 'Convention signée' };

/** A file whose hash is that of its name (distinct names, distinct hashes). */
export function fichier(nom: string, taille = 120_000, typeMedia: TypeMediaPiece = 'application/pdf'): FichierPiece {
  return { nom, taille, typeMedia, sha256: createHash('sha256').update(nom).digest('hex') };
}

/** What the appel of the tests asks: statuts for associations, RIB and budget for everyone; the compte rendu at the bilan. */
export const requises: PieceRequise[] = [
  { type: STATUTS, etape: 'depot', porteurKinds: ['association'] },
  { type: RIB, etape: 'depot', porteurKinds: [] },
  { type: BUDGET, etape: 'depot', porteurKinds: [] },
  { type: COMPTE_RENDU, etape: 'bilan', porteurKinds: [] },
];
