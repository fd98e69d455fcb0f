import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { ConclureConventionOperationnelleInput } from './conclure-convention-operationnelle.input';
import { ConclureConventionOperationnelleCommand } from './conclure-convention-operationnelle.command';

/** Use case: record a commune-level convention of the contract (admin). */
@Resolver()
export class ConclureConventionOperationnelleResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description: 'Record a commune-level convention translating the contract. The payload id is the convention id.',
  })
  @Permit('admin')
  conclureConventionOperationnelle(@Ctx() context: RequestContext, @Args('input') input: ConclureConventionOperationnelleInput): Promise<CommandPayload> {
    return this.commandBus.execute(new ConclureConventionOperationnelleCommand(context, sansNull(input)));
  }
}
