import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { FixerCibleIndicateurInput } from './fixer-cible-indicateur.input';
import { FixerCibleIndicateurCommand } from './fixer-cible-indicateur.command';

/** Use case: set the target of an indicator of a commitment, for a year or period and breakdown (admin; changing a target needs a reason). */
@Resolver()
export class FixerCibleIndicateurResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description: 'Set a target of an indicator of the commitment (attaching the indicator when needed); changing a target already set needs a reason.',
  })
  @Permit('admin')
  fixerCibleIndicateur(@Ctx() context: RequestContext, @Args('input') input: FixerCibleIndicateurInput): Promise<CommandPayload> {
    return this.commandBus.execute(new FixerCibleIndicateurCommand(context, sansNull(input)));
  }
}
