import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { sansNull } from '@cdv/platform';
import { EPCI_ET_INSTRUCTEUR } from '../../shared/acces';
import { JustifierFinancementInput } from './justifier-financement.input';
import { JustifierFinancementCommand } from './justifier-financement.command';

/** Use case: record the justified amount of a paid line after the bilan (staff, or the line's financeur's instructeur). */
@Resolver()
export class JustifierFinancementResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Record the amount justified on a line (at most the engaged amount).' })
  @Permit(...EPCI_ET_INSTRUCTEUR)
  justifierFinancement(@Ctx() context: RequestContext, @Args('input') input: JustifierFinancementInput): Promise<CommandPayload> {
    return this.commandBus.execute(new JustifierFinancementCommand(context, sansNull(input)));
  }
}
