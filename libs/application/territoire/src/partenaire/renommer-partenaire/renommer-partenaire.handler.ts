import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { partenaireDecider, partenaireStream, type RenommerPartenaire } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { RenommerPartenaireCommand } from './renommer-partenaire.command';

/** Use case: rename an organisation (admin; the former name stays an alias). */
@CommandHandler(RenommerPartenaireCommand)
export class RenommerPartenaireHandler implements ICommandHandler<RenommerPartenaireCommand> {
  constructor(private readonly decisions: Decisions) {}

  async execute({ context, input }: RenommerPartenaireCommand): Promise<CommandPayload> {
    const partenaireId = idValide('partenaireId', input.partenaireId);
    const command: RenommerPartenaire = {
      type: 'RenommerPartenaire',
      data: { nom: input.nom },
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
