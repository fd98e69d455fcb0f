import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { sansNull } from '@cdv/platform';
import { EPCI_ET_INSTRUCTEUR } from '../../shared/acces';
import { VoterFinancementInput } from './voter-financement.input';
import { VoterFinancementCommand } from './voter-financement.command';

/** Use case: vote a line outside a comité (staff, or the line's financeur's instructeur); rules are checked. */
@Resolver()
export class VoterFinancementResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Vote a line outside a comité (its financeur’s own committee), at most the amount asked.' })
  @Permit(...EPCI_ET_INSTRUCTEUR)
  voterFinancement(@Ctx() context: RequestContext, @Args('input') input: VoterFinancementInput): Promise<CommandPayload> {
    return this.commandBus.execute(new VoterFinancementCommand(context, sansNull(input)));
  }
}
