import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { DesignerAssociationPorteuseInput } from './designer-association-porteuse.input';
import { DesignerAssociationPorteuseCommand } from './designer-association-porteuse.command';

/** Use case: name the association that carries a conseil citoyen (admin). */
@Resolver()
export class DesignerAssociationPorteuseResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Name the association that carries a conseil citoyen and receives its subsidies.' })
  @Permit('admin')
  designerAssociationPorteuse(@Ctx() context: RequestContext, @Args('input') input: DesignerAssociationPorteuseInput): Promise<CommandPayload> {
    return this.commandBus.execute(new DesignerAssociationPorteuseCommand(context, sansNull(input)));
  }
}
