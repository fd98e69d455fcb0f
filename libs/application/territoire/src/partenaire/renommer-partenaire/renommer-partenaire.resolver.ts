import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { partenaireDecider, partenaireStream, type RenommerPartenaire } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { commandMetadataFor, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { RenommerPartenaireInput } from './renommer-partenaire.input';

/** Use case: rename an organisation (admin; the former name stays an alias). */
@Resolver()
export class RenommerPartenaireResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Rename an organisation; the former name stays searchable as an alias.' })
  @Permit('admin')
  renommerPartenaire(@Ctx() context: RequestContext, @Args('input') input: RenommerPartenaireInput): Promise<CommandPayload> {
    const partenaireId = idValide('partenaireId', input.partenaireId);
    const command: RenommerPartenaire = {
      type: 'RenommerPartenaire',
      data: { nom: input.nom },
      metadata: commandMetadataFor(context, input),
    };
    return this.commands.execute(
      { decider: partenaireDecider, stream: partenaireStream(context.tenantId, partenaireId), command, expectedRevision: input.expectedRevision },
      partenaireId,
    );
  }
}
