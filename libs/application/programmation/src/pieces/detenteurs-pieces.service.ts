import { Injectable } from '@nestjs/common';
import { CommandHandler } from '@cdv/eventsourcing';
import {
  conventionDecider,
  conventionStream,
  dossierDecider,
  dossierStream,
  type PiecesState,
  type PorteurKind,
  type StatutDossier,
} from '@cdv/domain-programmation';
import { ApiError, idValide } from '@cdv/graphql-common';
import type { RequestContext } from '@cdv/tenancy';
import type { Detenteur } from './liens/jetons-pieces.service';

/** A holder of pieces as its stream says it is now. */
export interface DetenteurLu {
  detenteur: Detenteur;
  stream: string;
  porteurId: string;
  porteurKind: PorteurKind | null;
  /** The dossier's year and state (null for a convention). */
  annee: number | null;
  statut: StatutDossier | 'signee';
  pieces: PiecesState;
}

/**
 * Reads a dossier or a convention from its stream (exact, not the read model: the document endpoints decide on
 * what was just written), as the caller may see it: a porteur reaches only its organisation's, and anything else
 * reads as NOT_FOUND, exactly like what does not exist (docs/adr/0006 « Access »).
 */
@Injectable()
export class DetenteursPieces {
  constructor(private readonly handler: CommandHandler) {}

  async lire(tenantId: string, detenteur: Detenteur, context?: RequestContext): Promise<DetenteurLu> {
    const lu = await this.charger(tenantId, detenteur);
    const porteur = context?.role === 'porteur' ? (context.membership.organisationId ?? null) : undefined;
    if (!lu || (porteur !== undefined && lu.porteurId !== porteur)) throw introuvable(detenteur);
    return lu;
  }

  private async charger(tenantId: string, detenteur: Detenteur): Promise<DetenteurLu | null> {
    const field = detenteur.type === 'dossier' ? 'dossierId' : 'conventionId';
    idValide(field, detenteur.id);
    if (detenteur.type === 'dossier') {
      const stream = dossierStream(tenantId, detenteur.id);
      const { state } = await this.handler.load(dossierDecider, stream);
      if (state.statut === 'inexistant') return null;
      return {
        detenteur,
        stream,
        porteurId: state.porteur.id,
        porteurKind: state.porteur.kind,
        annee: state.annee,
        statut: state.statut,
        pieces: state.pieces,
      };
    }
    const stream = conventionStream(tenantId, detenteur.id);
    const { state } = await this.handler.load(conventionDecider, stream);
    if (state.statut === 'inexistant') return null;
    return { detenteur, stream, porteurId: state.porteurId, porteurKind: null, annee: null, statut: 'signee', pieces: state.pieces };
  }
}

export function introuvable(detenteur: Detenteur): ApiError {
  const what = detenteur.type === 'dossier' ? 'Dossier' : 'Convention';
  return new ApiError('NOT_FOUND', `${what} ${detenteur.id} not found`, { what, id: detenteur.id });
}
