import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CloreConsultation } from '@cdv/domain-rapport';
import { CommandPayload } from '@cdv/graphql-common';
import { RapportDecisions } from '../../shared/rapport-decisions.service';
import { CloreConsultationCommand } from './clore-consultation.command';
import { commandMetadataFor } from '@cdv/tenancy';

/** Use case: close the consultation (EPCI staff). */
@CommandHandler(CloreConsultationCommand)
export class CloreConsultationHandler implements ICommandHandler<CloreConsultationCommand> {
  constructor(private readonly decisions: RapportDecisions) {}

  async execute({ context, input }: CloreConsultationCommand): Promise<CommandPayload> {
    const command: CloreConsultation = { type: 'CloreConsultation', data: { annee: input.annee }, metadata: commandMetadataFor(context, input) };
    return this.decisions.rapport(context, input, command);
  }
}
