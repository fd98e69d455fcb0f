import { Inject, Injectable } from '@nestjs/common';
import { errors, jwtVerify, SignJWT } from 'jose';
import { GraphQLError } from 'graphql';
import { isSha256 } from '@cdv/eventsourcing';
import { TYPES_MEDIA_PIECE, type FichierPiece } from '@cdv/domain-programmation';
import { ApiError } from '@cdv/graphql-common';
import { PLATFORM_CONFIG, type PlatformConfig } from '@cdv/platform';

/** What holds pieces: a dossier (its deposit and its bilan) or a convention. */
export interface Detenteur {
  type: 'dossier' | 'convention';
  id: string;
}

/** A download link's claims: for whom, in which workspace, which file of which piece, and whose view. */
export interface LienPiece {
  tenant: string;
  detenteur: Detenteur;
  pieceId: string;
  sha256: string;
  /** `auditeur` links reach withdrawn pieces; `standard` ones do not. */
  vue: 'auditeur' | 'standard';
  /** Who the link was given to (kept in the logs of the download). */
  sub: string;
}

/** An upload receipt's claims: the file the store keeps, for whom, for which holder. */
export interface RecuFichier {
  tenant: string;
  detenteur: Detenteur;
  sub: string;
  fichier: FichierPiece;
}

const AUDIENCE_LIEN = 'cdv-piece-telechargement';
const AUDIENCE_RECU = 'cdv-piece-recu';
const ISSUER = 'cdv-documents';
/** A receipt lets the uploader attach the file with a mutation: long enough to fill the form, not forever. */
export const RECU_TTL_SECONDS = 3600;

/**
 * Download links and upload receipts: compact JWTs (HS256, jose) signed with DOCUMENT_LINK_SECRET, each for one
 * purpose (its audience), bound to a workspace, a holder and one file's hash, and short-lived
 * (docs/adr/0023-download-links-and-upload-receipts.md). The secret never leaves the server; a link is a bearer
 * capability for DOCUMENT_LINK_TTL_SECONDS, given only to someone allowed to read the piece.
 */
@Injectable()
export class JetonsPieces {
  private readonly key: Uint8Array;
  private readonly ttlSeconds: number;

  constructor(@Inject(PLATFORM_CONFIG) config: PlatformConfig) {
    if (!config.documents?.link.secret) throw new Error('this app serves no documents (config.documents.link.secret is empty)');
    this.key = new TextEncoder().encode(config.documents.link.secret);
    this.ttlSeconds = config.documents.link.ttlSeconds;
  }

  async lien(claims: LienPiece, now = new Date()): Promise<{ url: string; expireLe: string }> {
    const expires = Math.floor(now.getTime() / 1000) + this.ttlSeconds;
    const token = await this.signer(
      { t: claims.tenant, d: claims.detenteur, p: claims.pieceId, h: claims.sha256, v: claims.vue },
      claims.sub,
      AUDIENCE_LIEN,
      now,
      expires,
    );
    return { url: `/documents/liens/${token}`, expireLe: new Date(expires * 1000).toISOString() };
  }

  async lireLien(token: string): Promise<LienPiece> {
    const payload = await this.verifier(token, AUDIENCE_LIEN, 'LINK', 'download link');
    const { t, d, p, h, v } = payload as { t?: unknown; d?: unknown; p?: unknown; h?: unknown; v?: unknown };
    if (typeof t !== 'string' || !isDetenteur(d) || typeof p !== 'string' || !isSha256(h) || (v !== 'auditeur' && v !== 'standard') || !payload.sub) {
      throw lienInvalide();
    }
    return { tenant: t, detenteur: d, pieceId: p, sha256: h, vue: v, sub: payload.sub };
  }

  async recu(claims: RecuFichier, now = new Date()): Promise<{ recu: string; expireLe: string }> {
    const expires = Math.floor(now.getTime() / 1000) + RECU_TTL_SECONDS;
    const token = await this.signer({ t: claims.tenant, d: claims.detenteur, f: claims.fichier }, claims.sub, AUDIENCE_RECU, now, expires);
    return { recu: token, expireLe: new Date(expires * 1000).toISOString() };
  }

  /** The file of a receipt, when it was given to this caller, in this workspace, for this holder (else VALIDATION_FAILED on `field`). */
  async lireRecu(token: string, attendu: Omit<RecuFichier, 'fichier'>, field: string): Promise<FichierPiece> {
    let payload;
    try {
      payload = await this.verifier(token, AUDIENCE_RECU, 'RECU', 'upload receipt');
    } catch (error) {
      throw new ApiError('VALIDATION_FAILED', `${(error as Error).message}: upload the file again`, { field });
    }
    const { t, d, f } = payload as { t?: unknown; d?: unknown; f?: unknown };
    if (t !== attendu.tenant || payload.sub !== attendu.sub || !isDetenteur(d) || d.type !== attendu.detenteur.type || d.id !== attendu.detenteur.id) {
      throw new ApiError('VALIDATION_FAILED', `this upload receipt was given for another ${attendu.detenteur.type} or another user: upload the file again`, {
        field,
      });
    }
    if (!isFichier(f)) throw new ApiError('VALIDATION_FAILED', 'malformed upload receipt', { field });
    return f;
  }

  private signer(claims: Record<string, unknown>, sub: string, audience: string, now: Date, expires: number): Promise<string> {
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(ISSUER)
      .setAudience(audience)
      .setSubject(sub)
      .setIssuedAt(Math.floor(now.getTime() / 1000))
      .setExpirationTime(expires)
      .sign(this.key);
  }

  private async verifier(token: string, audience: string, prefix: 'LINK' | 'RECU', what: string) {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, audience, algorithms: ['HS256'] });
      return payload;
    } catch (error) {
      if (error instanceof errors.JWTExpired) {
        throw prefix === 'LINK'
          ? new GraphQLError(`this ${what} has expired: ask for a new one`, { extensions: { code: 'LINK_EXPIRED' } })
          : new Error(`this ${what} has expired`);
      }
      throw prefix === 'LINK' ? lienInvalide() : new Error(`this ${what} is not valid`);
    }
  }
}

function lienInvalide(): GraphQLError {
  return new GraphQLError('this download link is not valid (altered, or signed for another server)', { extensions: { code: 'LINK_INVALID' } });
}

function isDetenteur(value: unknown): value is Detenteur {
  const detenteur = value as Detenteur | null;
  return (
    typeof detenteur === 'object' && detenteur !== null && (detenteur.type === 'dossier' || detenteur.type === 'convention') && typeof detenteur.id === 'string'
  );
}

function isFichier(value: unknown): value is FichierPiece {
  const fichier = value as FichierPiece | null;
  return (
    typeof fichier === 'object' &&
    fichier !== null &&
    typeof fichier.nom === 'string' &&
    Number.isSafeInteger(fichier.taille) &&
    TYPES_MEDIA_PIECE.includes(fichier.typeMedia) &&
    isSha256(fichier.sha256)
  );
}
