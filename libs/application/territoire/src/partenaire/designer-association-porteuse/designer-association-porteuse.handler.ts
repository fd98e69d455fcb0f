import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type DesignerAssociationPorteuse, partenaireDecider, partenaireStream } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { DesignerAssociationPorteuseCommand } from './designer-association-porteuse.command';

/** Use case: name the association that carries a conseil citoyen (admin). */
@CommandHandler(DesignerAssociationPorteuseCommand)
export class DesignerAssociationPorteuseHandler implements ICommandHandler<DesignerAssociationPorteuseCommand> {
  constructor(private readonly decisions: Decisions) {}

  async execute({ context, input }: DesignerAssociationPorteuseCommand): Promise<CommandPayload> {
    const partenaireId = idValide('partenaireId', input.partenaireId);
    const command: DesignerAssociationPorteuse = {
      type: 'DesignerAssociationPorteuse',
      data: { associationPorteuseId: input.associationPorteuseId },
      metadata: commandMetadataFor(context, input),
    };
    const decision = {
      decider: partenaireDecider,
      stream: partenaireStream(context.tenantId, partenaireId),
      command,
      expectedRevision: input.expectedRevision,
    };
    return this.decisions.reponse(decision.stream, partenaireId, await this.decisions.decider(decision));
  }
}
