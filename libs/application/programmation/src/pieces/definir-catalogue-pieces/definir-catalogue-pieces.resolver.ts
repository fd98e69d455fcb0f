import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { CONFIGURATION } from '../../shared/acces';
import { DefinirCataloguePiecesInput } from './definir-catalogue-pieces.input';
import { DefinirCataloguePiecesCommand } from './definir-catalogue-pieces.command';

/** Use case: the workspace's kinds of pieces (admin); pieces already deposited keep their label. */
@Resolver()
export class DefinirCataloguePiecesResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Define the workspace’s catalogue of kinds of pieces (the whole list).' })
  @Permit(...CONFIGURATION)
  definirCataloguePieces(@Ctx() context: RequestContext, @Args('input') input: DefinirCataloguePiecesInput): Promise<CommandPayload> {
    return this.commandBus.execute(new DefinirCataloguePiecesCommand(context, sansNull(input)));
  }
}
