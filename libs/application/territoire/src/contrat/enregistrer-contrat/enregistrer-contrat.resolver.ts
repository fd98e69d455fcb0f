import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EnregistrerContratInput } from './enregistrer-contrat.input';
import { EnregistrerContratCommand } from './enregistrer-contrat.command';

/** Use case: register the contrat de ville (admin). */
@Resolver()
export class EnregistrerContratResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description: 'Register a contrat de ville with its period. Its id is contratId, else derived from commandId.',
  })
  @Permit('admin')
  enregistrerContrat(@Ctx() context: RequestContext, @Args('input') input: EnregistrerContratInput): Promise<CommandPayload> {
    return this.commandBus.execute(new EnregistrerContratCommand(context, sansNull(input)));
  }
}
