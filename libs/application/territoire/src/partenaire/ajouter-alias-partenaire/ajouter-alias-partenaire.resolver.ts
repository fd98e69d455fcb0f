import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { type AjouterAliasPartenaire, partenaireDecider, partenaireStream } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { commandMetadataFor, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { AjouterAliasPartenaireInput } from './ajouter-alias-partenaire.input';

/** Use case: record another name an organisation is printed under (admin). */
@Resolver()
export class AjouterAliasPartenaireResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Record another name an organisation is printed under.' })
  @Permit('admin')
  ajouterAliasPartenaire(@Ctx() context: RequestContext, @Args('input') input: AjouterAliasPartenaireInput): Promise<CommandPayload> {
    const partenaireId = idValide('partenaireId', input.partenaireId);
    const command: AjouterAliasPartenaire = {
      type: 'AjouterAliasPartenaire',
      data: { alias: input.alias },
      metadata: commandMetadataFor(context, input),
    };
    return this.commands.execute(
      { decider: partenaireDecider, stream: partenaireStream(context.tenantId, partenaireId), command, expectedRevision: input.expectedRevision },
      partenaireId,
    );
  }
}
