import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type AjouterAliasPartenaire, partenaireDecider, partenaireStream } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { AjouterAliasPartenaireCommand } from './ajouter-alias-partenaire.command';

/** Use case: record another name an organisation is printed under (admin). */
@CommandHandler(AjouterAliasPartenaireCommand)
export class AjouterAliasPartenaireHandler implements ICommandHandler<AjouterAliasPartenaireCommand> {
  constructor(private readonly decisions: Decisions) {}

  async execute({ context, input }: AjouterAliasPartenaireCommand): Promise<CommandPayload> {
    const partenaireId = idValide('partenaireId', input.partenaireId);
    const command: AjouterAliasPartenaire = {
      type: 'AjouterAliasPartenaire',
      data: { alias: input.alias },
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
