import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { CONFIGURATION } from '../../shared/acces';
import { DefinirReglesFinancementInput } from './definir-regles-financement.input';
import { DefinirReglesFinancementCommand } from './definir-regles-financement.command';

/** Use case: set the workspace's financing rules (admin); they apply from the next amount set. */
@Resolver()
export class DefinirReglesFinancementResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Define the workspace’s financing rules (the whole set).' })
  @Permit(...CONFIGURATION)
  definirReglesFinancement(@Ctx() context: RequestContext, @Args('input') input: DefinirReglesFinancementInput): Promise<CommandPayload> {
    return this.commandBus.execute(new DefinirReglesFinancementCommand(context, sansNull(input)));
  }
}
