import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EnregistrerAvenantInput } from './enregistrer-avenant.input';
import { EnregistrerAvenantCommand } from './enregistrer-avenant.command';

/** Use case: register an amending document of the contract: avenant, annexe, protocole (admin). */
@Resolver()
export class EnregistrerAvenantResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description: 'Register an avenant / annexe / protocole of the contract. The payload id is the avenant id (given, else derived from commandId).',
  })
  @Permit('admin')
  enregistrerAvenant(@Ctx() context: RequestContext, @Args('input') input: EnregistrerAvenantInput): Promise<CommandPayload> {
    return this.commandBus.execute(new EnregistrerAvenantCommand(context, sansNull(input)));
  }
}
