import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { RenseignerValeurIndicateurInput } from './renseigner-valeur-indicateur.input';
import { RenseignerValeurIndicateurCommand } from './renseigner-valeur-indicateur.command';

/** Use case: report a value of an indicator (admin or agent; a different value for the same year, date, breakdown and engagement is a correction and needs a reason). */
@Resolver()
export class RenseignerValeurIndicateurResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description:
      'Report a value of an indicator (agents and admins). A different value for the same year, date, breakdown and engagement is a correction: it needs a reason.',
  })
  @Permit('admin', 'agent')
  renseignerValeurIndicateur(@Ctx() context: RequestContext, @Args('input') input: RenseignerValeurIndicateurInput): Promise<CommandPayload> {
    return this.commandBus.execute(new RenseignerValeurIndicateurCommand(context, sansNull(input)));
  }
}
