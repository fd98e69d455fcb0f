import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { sansNull } from '@cdv/platform';
import { EPCI_ET_INSTRUCTEUR } from '../../shared/acces';
import { CorrigerMontantInput } from './corriger-montant.input';
import { CorrigerMontantCommand } from './corriger-montant.command';

/** Use case: correct an amount with a reason (staff, or the line's financeur's instructeur); invariants and rules hold. */
@Resolver()
export class CorrigerMontantResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Correct an amount of a line at one stage, with a mandatory reason.' })
  @Permit(...EPCI_ET_INSTRUCTEUR)
  corrigerMontant(@Ctx() context: RequestContext, @Args('input') input: CorrigerMontantInput): Promise<CommandPayload> {
    return this.commandBus.execute(new CorrigerMontantCommand(context, sansNull(input)));
  }
}
