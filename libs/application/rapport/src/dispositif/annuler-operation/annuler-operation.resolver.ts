import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { AnnulerOperation } from '@cdv/domain-rapport';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { REDACTEURS_RAPPORT } from '../../shared/acces';
import { RapportCommands } from '../../shared/rapport-commands.service';
import { AnnulerOperationInput } from './annuler-operation.input';

/** Use case: cancel an operation of a fund, with a reason (EPCI staff). */
@Resolver()
export class AnnulerOperationResolver {
  constructor(private readonly commands: RapportCommands) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Cancel an operation of an EPCI fund (reason required).' })
  @Permit(...REDACTEURS_RAPPORT)
  annulerOperationDispositif(@Ctx() context: RequestContext, @Args('input') input: AnnulerOperationInput): Promise<CommandPayload> {
    const command: AnnulerOperation = {
      type: 'AnnulerOperation',
      data: { dispositifId: input.dispositifId, operationId: input.operationId },
      metadata: this.commands.metadata(context, input),
    };
    return this.commands.dispositif(context, input, command);
  }
}
