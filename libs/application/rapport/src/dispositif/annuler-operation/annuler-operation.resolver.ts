import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { REDACTEURS_RAPPORT } from '../../shared/acces';
import { AnnulerOperationCommand } from './annuler-operation.command';
import { AnnulerOperationInput } from './annuler-operation.input';

/** Use case: cancel an operation of a fund, with a reason (EPCI staff). */
@Resolver()
export class AnnulerOperationResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Cancel an operation of an EPCI fund (reason required).' })
  @Permit(...REDACTEURS_RAPPORT)
  annulerOperationDispositif(@Ctx() context: RequestContext, @Args('input') input: AnnulerOperationInput): Promise<CommandPayload> {
    return this.commandBus.execute(new AnnulerOperationCommand(context, sansNull(input)));
  }
}
