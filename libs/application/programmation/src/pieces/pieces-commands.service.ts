import { Inject, Injectable } from '@nestjs/common';
import type { Cents, DocumentStore } from '@cdv/eventsourcing';
import {
  conventionDecider,
  dossierDecider,
  type CiblePiece,
  type ConventionCommand,
  type DetenteurConvention,
  type DetenteurDossier,
  type FichierPiece,
  type PieceCommand,
} from '@cdv/domain-programmation';
import { ApiError, type CommandInput, type CommandPayload } from '@cdv/graphql-common';
import { Decisions, DOCUMENT_STORE, PLATFORM_CONFIG, type PlatformConfig } from '@cdv/platform';
import type { RequestContext } from '@cdv/tenancy';
import { DetenteursPieces } from './detenteurs-pieces.service';
import { JetonsPieces, type Detenteur } from './liens/jetons-pieces.service';

/** A piece command for a dossier or for a convention: what holds it decides the stream and the event's ref. */
export type CommandePiece = PieceCommand<DetenteurDossier> | PieceCommand<DetenteurConvention>;

/** The holder a piece command names: a dossier for the cibles dossier and bilan, else a convention. */
export function detenteurDe(cible: CiblePiece, id: string): Detenteur {
  return cible === 'convention' ? { type: 'convention', id } : { type: 'dossier', id };
}

/** The ref the events of this holder carry. */
export function refDe(detenteur: Detenteur): DetenteurDossier | DetenteurConvention {
  return detenteur.type === 'dossier' ? { dossierId: detenteur.id } : { conventionId: detenteur.id };
}

/**
 * What the piece mutations share: the holder read as the caller may see it (a porteur reaches only its own:
 * NOT_FOUND otherwise), the upload receipt checked against the caller, the workspace and the holder, and the
 * bytes present in the store; then the holder's decider, with the quota of DOCUMENT_MAX_BYTES_PER_DOSSIER.
 */
@Injectable()
export class PiecesCommands {
  constructor(
    private readonly decisions: Decisions,
    private readonly detenteurs: DetenteursPieces,
    private readonly jetons: JetonsPieces,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  /** The quota every deposit and replacement is checked against. */
  get quotaOctets(): Cents {
    return this.config.documents?.maxBytesPerDossier ?? Number.MAX_SAFE_INTEGER;
  }

  /** The file an upload receipt stands for, once checked (VALIDATION_FAILED on `fichier` otherwise). */
  async fichier(context: RequestContext, detenteur: Detenteur, recu: string): Promise<FichierPiece> {
    const fichier = await this.jetons.lireRecu(recu, { tenant: context.tenantId, sub: context.identity.sub, detenteur }, 'fichier');
    if (!(await this.documents.has(context.tenantId, fichier.sha256))) {
      throw new ApiError('VALIDATION_FAILED', 'the uploaded file is not in the document store any more: upload it again', { field: 'fichier' });
    }
    return fichier;
  }

  async executer(context: RequestContext, input: CommandInput, detenteur: Detenteur, command: CommandePiece, pieceId: string): Promise<CommandPayload> {
    const lu = await this.detenteurs.lire(context.tenantId, detenteur, context);
    const expectedRevision = input.expectedRevision;
    const result =
      detenteur.type === 'dossier'
        ? await this.decisions.decider({ decider: dossierDecider, stream: lu.stream, command: command as PieceCommand<DetenteurDossier>, expectedRevision })
        : await this.decisions.decider({ decider: conventionDecider, stream: lu.stream, command: command as ConventionCommand, expectedRevision });
    return this.decisions.reponse(lu.stream, pieceId, result);
  }
}
