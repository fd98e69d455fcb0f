import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { sansNull } from '@cdv/platform';
import { EPCI_ET_PORTEUR } from '../../shared/acces';
import { DemanderFinancementInput } from './demander-financement.input';
import { DemanderFinancementCommand } from './demander-financement.command';
import { FinancementDemandePayload } from './demander-financement.types';

/** Use case: add a line to the plan de financement (porteur or staff); the tenant's rules are checked. */
@Resolver()
export class DemanderFinancementResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => FinancementDemandePayload, {
    nullable: true,
    description: 'Ask a financeur for financing; Σ asked never exceeds the total cost. Returns the line’s id.',
  })
  @Permit(...EPCI_ET_PORTEUR)
  demanderFinancement(@Ctx() context: RequestContext, @Args('input') input: DemanderFinancementInput): Promise<FinancementDemandePayload> {
    return this.commandBus.execute(new DemanderFinancementCommand(context, sansNull(input)));
  }
}
