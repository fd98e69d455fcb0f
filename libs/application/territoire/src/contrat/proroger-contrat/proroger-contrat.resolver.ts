import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { ProrogerContratInput } from './proroger-contrat.input';
import { ProrogerContratCommand } from './proroger-contrat.command';

/** Use case: extend the term of the contract (admin; after the signature it needs a reason). */
@Resolver()
export class ProrogerContratResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Extend the term of the contract (after the signature: with a reason).' })
  @Permit('admin')
  prorogerContrat(@Ctx() context: RequestContext, @Args('input') input: ProrogerContratInput): Promise<CommandPayload> {
    return this.commandBus.execute(new ProrogerContratCommand(context, sansNull(input)));
  }
}
