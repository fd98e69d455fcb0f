import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { indicateurDecider, indicateurStream, type RattacherIndicateurObjectif } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { refNoeud } from '../../shared/inputs';
import { RattacherIndicateurObjectifCommand } from './rattacher-indicateur-objectif.command';

/** Use case: attach an indicator to a node of the cadre stratégique (admin). */
@CommandHandler(RattacherIndicateurObjectifCommand)
export class RattacherIndicateurObjectifHandler implements ICommandHandler<RattacherIndicateurObjectifCommand> {
  constructor(private readonly decisions: Decisions) {}

  async execute({ context, input }: RattacherIndicateurObjectifCommand): Promise<CommandPayload> {
    const indicateurId = idValide('indicateurId', input.indicateurId);
    const command: RattacherIndicateurObjectif = {
      type: 'RattacherIndicateurObjectif',
      data: { noeud: refNoeud(input.noeud) },
      metadata: commandMetadataFor(context, input),
    };
    const decision = {
      decider: indicateurDecider,
      stream: indicateurStream(context.tenantId, indicateurId),
      command,
      expectedRevision: input.expectedRevision,
    };
    return this.decisions.reponse(decision.stream, indicateurId, await this.decisions.decider(decision));
  }
}
