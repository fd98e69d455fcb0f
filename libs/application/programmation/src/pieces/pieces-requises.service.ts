import { Injectable } from '@nestjs/common';
import { CommandHandler } from '@cdv/eventsourcing';
import { appelDecider, appelStream, dossierDecider, dossierStream, type ContextePiecesRequises } from '@cdv/domain-programmation';
import { idValide } from '@cdv/graphql-common';

/**
 * What MettreEnInstruction and SolderDossier need in `data.contexte` (ADR 0004: what a decider cannot read, the
 * application reads for it): the pieces the dossier's appel asks for, read from the appel's stream at decision
 * time. No appel (an imported dossier): nothing is asked.
 */
@Injectable()
export class PiecesRequisesContexte {
  constructor(private readonly handler: CommandHandler) {}

  async pourDossier(tenantId: string, dossierId: string): Promise<ContextePiecesRequises | undefined> {
    const dossier = (await this.handler.load(dossierDecider, dossierStream(tenantId, idValide('dossierId', dossierId)))).state;
    if (dossier.statut === 'inexistant') return undefined;
    const appel = (await this.handler.load(appelDecider, appelStream(tenantId, dossier.annee))).state;
    return { piecesRequises: appel.statut === 'inexistant' ? [] : appel.piecesRequises };
  }
}
