import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { DefinirIndicateurInput } from './definir-indicateur.input';
import { DefinirIndicateurCommand } from './definir-indicateur.command';

/** Use case: define an indicator of the catalogue (admin). */
@Resolver()
export class DefinirIndicateurResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description: 'Define an indicator: label, unit, breakdowns, the objectives it measures. Its id is indicateurId, else derived from commandId.',
  })
  @Permit('admin')
  definirIndicateur(@Ctx() context: RequestContext, @Args('input') input: DefinirIndicateurInput): Promise<CommandPayload> {
    return this.commandBus.execute(new DefinirIndicateurCommand(context, sansNull(input)));
  }
}
