import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { sansNull } from '@cdv/platform';
import { EPCI_ET_INSTRUCTEUR } from '../../shared/acces';
import { ProposerFinancementInput } from './proposer-financement.input';
import { ProposerFinancementCommand } from './proposer-financement.command';

/** Use case: propose an amount on a line (staff, or the line's financeur's instructeur); rules are checked. */
@Resolver()
export class ProposerFinancementResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description: 'Propose an amount for a line (its financeur’s instructeur, or staff), at most the amount asked.',
  })
  @Permit(...EPCI_ET_INSTRUCTEUR)
  proposerFinancement(@Ctx() context: RequestContext, @Args('input') input: ProposerFinancementInput): Promise<CommandPayload> {
    return this.commandBus.execute(new ProposerFinancementCommand(context, sansNull(input)));
  }
}
