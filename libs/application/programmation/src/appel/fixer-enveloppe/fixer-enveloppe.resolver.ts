import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { sansNull } from '@cdv/platform';
import { EPCI } from '../../shared/acces';
import { FixerEnveloppeInput } from './fixer-enveloppe.input';
import { FixerEnveloppeCommand } from './fixer-enveloppe.command';

/** Use case: set a financeur's envelope for the year (EPCI staff). */
@Resolver()
export class FixerEnveloppeResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Set or change a financeur’s envelope of the year.' })
  @Permit(...EPCI)
  fixerEnveloppe(@Ctx() context: RequestContext, @Args('input') input: FixerEnveloppeInput): Promise<CommandPayload> {
    return this.commandBus.execute(new FixerEnveloppeCommand(context, sansNull(input)));
  }
}
