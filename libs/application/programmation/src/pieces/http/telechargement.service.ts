import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Inject, Injectable } from '@nestjs/common';
import { type TokenVerifier } from '@cdv/auth';
import { DocumentNotFound, isSha256, type DocumentStore } from '@cdv/eventsourcing';
import type { FichierPiece, PieceState } from '@cdv/domain-programmation';
import { ApiError } from '@cdv/graphql-common';
import { contentDisposition, DOCUMENT_STORE, ENTETES_SURS, envoyerErreur, JsonLogger } from '@cdv/platform';
import { httpRequestContext, TOKEN_VERIFIER, type ApiRequest } from '@cdv/tenancy';
import { LECTEURS_DOSSIERS } from '../../shared/acces';
import { DetenteursPieces } from '../detenteurs-pieces.service';
import { JetonsPieces, type Detenteur } from '../liens/jetons-pieces.service';
import { voitLesPiecesRetirees } from '../pieces.acces';

type Requete = IncomingMessage & ApiRequest;

/**
 * The file of a piece a reader may see: any version of an active piece; a withdrawn piece's files only for
 * auditors (docs/adr/0022-pieces-justificatives.md). Null otherwise, which the endpoints answer NOT_FOUND, as for
 * a piece that does not exist.
 */
export function fichierVisible(piece: PieceState | undefined, sha256: string, auditeur: boolean): FichierPiece | null {
  if (!piece || (piece.statut === 'retiree' && !auditeur)) return null;
  return [piece.fichier, ...piece.versionsPrecedentes].find((fichier) => fichier.sha256 === sha256) ?? null;
}

/**
 * Downloads (docs/api.md « Documents »): `GET /documents/{dossiers|conventions}/{id}/pieces/{pieceId}` with the
 * caller's token, or `GET /documents/liens/{token}` with a signed link from GraphQL. The holder is read from its
 * stream, so that a piece withdrawn a second ago is no longer served; the bytes are streamed from the store with
 * the type recorded at upload, `nosniff`, as an attachment.
 */
@Injectable()
export class Telechargements {
  constructor(
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
    private readonly detenteurs: DetenteursPieces,
    private readonly jetons: JetonsPieces,
    private readonly logger: JsonLogger,
  ) {}

  async parIdentifiant(request: Requete, response: ServerResponse, detenteur: Detenteur, pieceId: string, version: unknown): Promise<void> {
    try {
      const context = await httpRequestContext(this.verifier, request, LECTEURS_DOSSIERS, 'downloading a pièce justificative');
      const lu = await this.detenteurs.lire(context.tenantId, detenteur, context);
      const piece = lu.pieces[pieceId];
      if (version !== undefined && !isSha256(version))
        throw new ApiError('VALIDATION_FAILED', 'version must be the SHA-256 of one of the piece’s files', { field: 'version' });
      const fichier = fichierVisible(piece, (version as string | undefined) ?? piece?.fichier.sha256 ?? '', voitLesPiecesRetirees(context));
      if (!fichier) throw pieceIntrouvable(pieceId);
      await this.envoyer(response, context.tenantId, fichier, {
        detenteur,
        pieceId,
        sub: context.identity.sub,
        via: 'id',
        correlationId: context.correlationId,
      });
    } catch (error) {
      envoyerErreur(response, error, this.logger, request);
    }
  }

  async parLien(request: Requete, response: ServerResponse, token: string): Promise<void> {
    try {
      const lien = await this.jetons.lireLien(token);
      const lu = await this.detenteurs.lire(lien.tenant, lien.detenteur);
      const fichier = fichierVisible(lu.pieces[lien.pieceId], lien.sha256, lien.vue === 'auditeur');
      if (!fichier) throw pieceIntrouvable(lien.pieceId);
      await this.envoyer(response, lien.tenant, fichier, {
        detenteur: lien.detenteur,
        pieceId: lien.pieceId,
        sub: lien.sub,
        via: 'lien',
        correlationId: request.correlationId,
      });
    } catch (error) {
      envoyerErreur(response, error, this.logger, request);
    }
  }

  private async envoyer(response: ServerResponse, tenant: string, fichier: FichierPiece, trace: Record<string, unknown>): Promise<void> {
    let contenu: AsyncIterable<Uint8Array>;
    try {
      contenu = await this.documents.get(tenant, fichier.sha256);
    } catch (error) {
      if (!(error instanceof DocumentNotFound)) throw error;
      this.logger.event('error', 'a recorded piece has no file in the document store: run cli verify', { tenant, sha256: fichier.sha256, ...trace });
      throw new ApiError('NOT_FOUND', 'the file of this piece is missing from the document store: the operators have been told', { what: 'Fichier' });
    }
    response.writeHead(200, {
      ...ENTETES_SURS,
      'content-type': fichier.typeMedia,
      'content-length': String(fichier.taille),
      'content-disposition': contentDisposition(fichier.nom),
      'content-security-policy': "default-src 'none'; sandbox",
      'cross-origin-resource-policy': 'same-origin',
      etag: `"${fichier.sha256}"`,
    });
    this.logger.event('info', 'piece downloaded', { tenant, sha256: fichier.sha256, ...trace });
    // Headers are sent: a failure now can only cut the body short (the client sees a truncated download).
    await pipeline(Readable.from(contenu), response).catch((error: Error) =>
      this.logger.event('warn', 'piece download interrupted', { tenant, sha256: fichier.sha256, error: error.message, ...trace }),
    );
  }
}

function pieceIntrouvable(pieceId: string): ApiError {
  return new ApiError('NOT_FOUND', `Piece ${pieceId} not found`, { what: 'Piece', id: pieceId });
}
