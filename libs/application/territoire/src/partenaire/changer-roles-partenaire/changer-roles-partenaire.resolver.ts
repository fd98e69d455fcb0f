import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { type ChangerRolesPartenaire, partenaireDecider, partenaireStream } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { commandMetadataFor, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { ChangerRolesPartenaireInput } from './changer-roles-partenaire.input';

/** Use case: change what an organisation does in the contract (admin). */
@Resolver()
export class ChangerRolesPartenaireResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Set the roles of an organisation (financeur needs its report category).' })
  @Permit('admin')
  changerRolesPartenaire(@Ctx() context: RequestContext, @Args('input') input: ChangerRolesPartenaireInput): Promise<CommandPayload> {
    const partenaireId = idValide('partenaireId', input.partenaireId);
    const command: ChangerRolesPartenaire = {
      type: 'ChangerRolesPartenaire',
      data: { roles: input.roles, ...(input.categorieFinanceur !== undefined ? { categorieFinanceur: input.categorieFinanceur } : {}) },
      metadata: commandMetadataFor(context, input),
    };
    return this.commands.execute(
      { decider: partenaireDecider, stream: partenaireStream(context.tenantId, partenaireId), command, expectedRevision: input.expectedRevision },
      partenaireId,
    );
  }
}
