import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { sansNull } from '@cdv/platform';
import { EPCI_ET_PORTEUR } from '../../shared/acces';
import { DemarrerActionInput } from './demarrer-action.input';
import { DemarrerActionCommand } from './demarrer-action.command';

/** Use case: the porteur starts its conventionné action (or staff records it). */
@Resolver()
export class DemarrerActionResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Record that the action started (conventionne → en_cours).' })
  @Permit(...EPCI_ET_PORTEUR)
  demarrerAction(@Ctx() context: RequestContext, @Args('input') input: DemarrerActionInput): Promise<CommandPayload> {
    return this.commandBus.execute(new DemarrerActionCommand(context, sansNull(input)));
  }
}
