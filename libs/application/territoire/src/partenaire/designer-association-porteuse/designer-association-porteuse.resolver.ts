import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { type DesignerAssociationPorteuse, partenaireDecider, partenaireStream } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { commandMetadataFor, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { DesignerAssociationPorteuseInput } from './designer-association-porteuse.input';

/** Use case: name the association that carries a conseil citoyen (admin). */
@Resolver()
export class DesignerAssociationPorteuseResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Name the association that carries a conseil citoyen and receives its subsidies.' })
  @Permit('admin')
  designerAssociationPorteuse(@Ctx() context: RequestContext, @Args('input') input: DesignerAssociationPorteuseInput): Promise<CommandPayload> {
    const partenaireId = idValide('partenaireId', input.partenaireId);
    const command: DesignerAssociationPorteuse = {
      type: 'DesignerAssociationPorteuse',
      data: { associationPorteuseId: input.associationPorteuseId },
      metadata: commandMetadataFor(context, input),
    };
    return this.commands.execute(
      { decider: partenaireDecider, stream: partenaireStream(context.tenantId, partenaireId), command, expectedRevision: input.expectedRevision },
      partenaireId,
    );
  }
}
