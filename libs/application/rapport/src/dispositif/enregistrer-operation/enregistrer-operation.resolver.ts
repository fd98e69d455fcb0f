import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { REDACTEURS_RAPPORT } from '../../shared/acces';
import { EnregistrerOperationCommand } from './enregistrer-operation.command';
import { EnregistrerOperationInput } from './enregistrer-operation.input';

/** Use case: record an operation of a fund (EPCI staff). */
@Resolver()
export class EnregistrerOperationResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Record an operation paid by an EPCI fund (checked against its amount rule).' })
  @Permit(...REDACTEURS_RAPPORT)
  enregistrerOperationDispositif(@Ctx() context: RequestContext, @Args('input') input: EnregistrerOperationInput): Promise<CommandPayload> {
    return this.commandBus.execute(new EnregistrerOperationCommand(context, sansNull(input)));
  }
}
