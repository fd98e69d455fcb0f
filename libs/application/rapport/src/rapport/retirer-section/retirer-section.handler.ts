import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RetirerSection } from '@cdv/domain-rapport';
import { CommandPayload } from '@cdv/graphql-common';
import { RapportDecisions } from '../../shared/rapport-decisions.service';
import { RetirerSectionCommand } from './retirer-section.command';
import { commandMetadataFor } from '@cdv/tenancy';

/** Use case: remove a section from the draft (EPCI staff). */
@CommandHandler(RetirerSectionCommand)
export class RetirerSectionHandler implements ICommandHandler<RetirerSectionCommand> {
  constructor(private readonly decisions: RapportDecisions) {}

  async execute({ context, input }: RetirerSectionCommand): Promise<CommandPayload> {
    const command: RetirerSection = {
      type: 'RetirerSection',
      data: { annee: input.annee, sectionId: input.sectionId },
      metadata: commandMetadataFor(context, input),
    };
    return this.decisions.rapport(context, input, command);
  }
}
