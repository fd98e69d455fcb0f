import type { IncomingMessage, ServerResponse } from 'node:http';
import { Inject, Injectable } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { type TokenVerifier } from '@cdv/auth';
import { DocumentTooLarge, type DocumentStore } from '@cdv/eventsourcing';
import { octetsUtilises, type FichierPiece } from '@cdv/domain-programmation';
import { ApiError } from '@cdv/graphql-common';
import {
  DOCUMENT_STORE,
  ENVELOPPE_MULTIPART,
  envoyerErreur,
  envoyerJson,
  JsonLogger,
  lireUnFichier,
  nomDeFichier,
  NomDeFichierRefuse,
  PLATFORM_CONFIG,
  viderLaRequete,
  type FichierRecu,
  type DocumentsConfig,
  type PlatformConfig,
} from '@cdv/platform';
import { httpRequestContext, TOKEN_VERIFIER, type ApiRequest } from '@cdv/tenancy';
import { EPCI_ET_PORTEUR } from '../../shared/acces';
import { DetenteursPieces } from '../detenteurs-pieces.service';
import { JetonsPieces, type Detenteur } from '../liens/jetons-pieces.service';
import { ContenuRefuse, InspectionContenu } from './inspection-contenu';

/** A dossier takes pieces while it lives (the decider says which cible when the piece is deposited). */
const DOSSIER_FERME = ['solde', 'non_retenu', 'ajourne', 'abandonne'];

type Requete = IncomingMessage & ApiRequest;

/** What the upload endpoint answers: the receipt to give `deposerPiece` / `remplacerPiece`, and the file as recorded. */
export interface RecuTeleversement {
  recu: string;
  expireLe: string;
  fichier: FichierPiece;
}

/**
 * `POST /documents/{dossiers|conventions}/{id}/fichiers` (docs/api.md « Documents »): who may (the porteur of its
 * own dossier or convention, EPCI staff), then the bytes, streamed through the content inspection into the
 * document store, within the per-file limit and what the holder's quota leaves. Answers a signed receipt; nothing
 * is recorded in the holder's history until a mutation attaches the file.
 */
@Injectable()
export class Televersements {
  private readonly limites: DocumentsConfig;

  constructor(
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
    @Inject(PLATFORM_CONFIG) config: PlatformConfig,
    private readonly detenteurs: DetenteursPieces,
    private readonly jetons: JetonsPieces,
    private readonly logger: JsonLogger,
  ) {
    if (!config.documents) throw new Error('this app serves no documents');
    this.limites = config.documents;
  }

  async televerser(request: Requete, response: ServerResponse, detenteur: Detenteur): Promise<void> {
    let upload: FichierRecu | null = null;
    let maxBytes = this.limites.maxBytes;
    try {
      const context = await httpRequestContext(this.verifier, request, EPCI_ET_PORTEUR, 'uploading a pièce justificative');
      const lu = await this.detenteurs.lire(context.tenantId, detenteur, context);
      if (DOSSIER_FERME.includes(lu.statut)) {
        throw new ApiError('INVALID_TRANSITION', `the dossier is ${lu.statut}: it takes no more pieces`, { state: lu.statut, command: 'DeposerPiece' });
      }
      const restant = this.limites.maxBytesPerDossier - octetsUtilises(lu.pieces);
      const parQuota = restant < this.limites.maxBytes;
      maxBytes = Math.max(0, Math.min(this.limites.maxBytes, restant));
      const tropGrand = () => (parQuota ? quotaDepasse(this.limites.maxBytesPerDossier, restant) : fichierTropGrand(this.limites.maxBytes));
      if (maxBytes === 0) throw tropGrand();
      // A declared body far over the limit is refused before reading it (and the connection closed).
      const declared = Number(request.headers['content-length']);
      if (Number.isFinite(declared) && declared > maxBytes + ENVELOPPE_MULTIPART) {
        response.setHeader('connection', 'close');
        throw tropGrand();
      }
      upload = await lireUnFichier(request, maxBytes);
      const nom = nomDeFichier(upload.nom);
      const inspection = new InspectionContenu({ maxBytes, tropGrand });
      const contenu = upload.contenu;
      contenu.on('error', (error) => inspection.destroy(error));
      // The store reads the inspection once it opened its temporary file: a refusal can come first. Its iteration
      // reports the error then; without a listener meanwhile, `pipe` would throw it inside the HTTP parser.
      inspection.on('error', () => undefined);
      const stored = await this.documents.put(context.tenantId, contenu.pipe(inspection), { maxBytes });
      await upload.termine;
      const fichier: FichierPiece = { nom, taille: stored.size, typeMedia: inspection.typeMedia as FichierPiece['typeMedia'], sha256: stored.sha256 };
      const { recu, expireLe } = await this.jetons.recu({ tenant: context.tenantId, detenteur, sub: context.identity.sub, fichier });
      this.logger.event('info', 'piece uploaded', {
        tenant: context.tenantId,
        detenteur,
        sha256: fichier.sha256,
        taille: fichier.taille,
        correlationId: context.correlationId,
      });
      envoyerJson(response, 201, { recu, expireLe, fichier } satisfies RecuTeleversement);
    } catch (error) {
      upload?.contenu.resume();
      request.unpipe();
      await viderLaRequete(request, 2 * maxBytes + ENVELOPPE_MULTIPART);
      envoyerErreur(response, versErreurApi(error, this.limites.maxBytes), this.logger, request);
    }
  }
}

function fichierTropGrand(limit: number): ContenuRefuse {
  return new ContenuRefuse('FILE_TOO_LARGE', `the file exceeds ${limit} bytes (DOCUMENT_MAX_BYTES)`, { limit });
}

function quotaDepasse(quota: number, restant: number): ContenuRefuse {
  return new ContenuRefuse(
    'DOSSIER_QUOTA_EXCEEDED',
    `the pieces of this holder may total ${quota} bytes (DOCUMENT_MAX_BYTES_PER_DOSSIER): ${Math.max(0, restant)} left; replace or withdraw a piece`,
    { limit: quota, remaining: Math.max(0, restant) },
  );
}

/** The upload's own refusals become API errors with their codes (docs/api.md); the rest passes as it is. */
function versErreurApi(error: unknown, maxBytes: number): unknown {
  if (error instanceof ContenuRefuse) return new GraphQLError(error.message, { extensions: { code: error.code, field: 'fichier', ...error.details } });
  if (error instanceof NomDeFichierRefuse) return new GraphQLError(error.message, { extensions: { code: error.code, field: 'fichier' } });
  if (error instanceof DocumentTooLarge) return versErreurApi(fichierTropGrand(maxBytes), maxBytes);
  return error;
}
