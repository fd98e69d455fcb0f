import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { comiteDecider, comiteStream, type ArreterProgrammation, type DecisionComite } from '@cdv/domain-programmation';
import { ApiError, idValide } from '@cdv/graphql-common';
import { ReadModelsService } from '@cdv/platform';
import { dossierListProjection, type DossierListDocument } from '@cdv/projections-programmation';
import { CommandPayloadAvecEffets } from '../../shared/programmation.types';
import { EcrituresProgrammation } from '../../shared/ecritures-programmation.service';
import { ArreterProgrammationCommand } from './arreter-programmation.command';

/**
 * Use case: the comité decides (EPCI staff record it). One `ProgrammationArretee` event keeps what was decided;
 * then each dossier records its votes, refusals and retenu / non retenu / ajourné, at once and by the reactor.
 */
@CommandHandler(ArreterProgrammationCommand)
export class ArreterProgrammationHandler implements ICommandHandler<ArreterProgrammationCommand> {
  constructor(
    private readonly ecritures: EcrituresProgrammation,
    private readonly readModels: ReadModelsService,
  ) {}

  async execute({ context, input }: ArreterProgrammationCommand): Promise<CommandPayloadAvecEffets> {
    const metadata = this.ecritures.metadata(context, input);
    const comiteId = idValide('comiteId', input.comiteId);
    const decisions = input.decisions ?? [];
    // Labels as the comité saw them, so that the decision reads on its own in an audit.
    const readModels = await this.readModels.at(context.tenantId);
    const dossiers = await readModels
      .readModel<DossierListDocument>(dossierListProjection.name)
      .find({ _id: { $in: decisions.map((decision) => decision.dossierId) } });
    const index = new Map(decisions.map((decision, position) => [decision.dossierId, position]));
    const command: ArreterProgrammation = {
      type: 'ArreterProgrammation',
      data: {
        comiteId,
        ...(input.presents ? { presents: input.presents } : {}),
        decisions: decisions.map((decision, position): DecisionComite => {
          const dossier = dossiers.find((candidate) => candidate._id === decision.dossierId);
          if (!dossier)
            throw new ApiError('VALIDATION_FAILED', `decisions[${position}].dossierId: no dossier ${decision.dossierId}`, {
              field: `decisions[${position}].dossierId`,
              value: decision.dossierId,
            });
          return {
            dossierId: decision.dossierId,
            titre: dossier.titre,
            porteurNom: dossier.porteur.nom,
            decision: decision.decision,
            ...(decision.motif ? { motif: decision.motif } : {}),
            ...(decision.anneeReport ? { anneeReport: decision.anneeReport } : {}),
            lignes: (decision.lignes ?? []).map((ligne) => ({
              ligneId: ligne.ligneId,
              // A line id is `{financeurId}:{nature}`: the comité checks that the financeur decides its own line.
              financeurId: ligne.ligneId.slice(0, Math.max(ligne.ligneId.lastIndexOf(':'), 0)),
              resultat: ligne.resultat,
              ...(ligne.montant !== undefined && ligne.montant !== null ? { montant: ligne.montant } : {}),
              ...(ligne.motif ? { motif: ligne.motif } : {}),
            })),
          };
        }),
      },
      metadata,
    };
    const request = { decider: comiteDecider, stream: comiteStream(context.tenantId, comiteId), command, expectedRevision: input.expectedRevision };
    if (input.simulation) return this.ecritures.simulerAvecEffets(request, comiteId);
    return this.ecritures.avecEffets(request, comiteId, (dossierId) => `decisions[${index.get(dossierId) ?? 0}]`);
  }
}
