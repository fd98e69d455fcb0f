import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type ChangerRolesPartenaire, partenaireDecider, partenaireStream } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { ChangerRolesPartenaireCommand } from './changer-roles-partenaire.command';

/** Use case: change what an organisation does in the contract (admin). */
@CommandHandler(ChangerRolesPartenaireCommand)
export class ChangerRolesPartenaireHandler implements ICommandHandler<ChangerRolesPartenaireCommand> {
  constructor(private readonly decisions: Decisions) {}

  async execute({ context, input }: ChangerRolesPartenaireCommand): Promise<CommandPayload> {
    const partenaireId = idValide('partenaireId', input.partenaireId);
    const command: ChangerRolesPartenaire = {
      type: 'ChangerRolesPartenaire',
      data: { roles: input.roles, ...(input.categorieFinanceur !== undefined ? { categorieFinanceur: input.categorieFinanceur } : {}) },
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
