import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { DefinirCadreStrategiqueInput } from './definir-cadre-strategique.input';
import { DefinirCadreStrategiqueCommand } from './definir-cadre-strategique.command';

/** Use case: define version 1 of a cadre stratégique, or its next version, which freezes the previous one (admin). */
@Resolver()
export class DefinirCadreStrategiqueResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description:
      'Define a version of a cadre stratégique (1, then 2…); a new version freezes the previous one. Its id is cadreId, else derived from commandId.',
  })
  @Permit('admin')
  definirCadreStrategique(@Ctx() context: RequestContext, @Args('input') input: DefinirCadreStrategiqueInput): Promise<CommandPayload> {
    return this.commandBus.execute(new DefinirCadreStrategiqueCommand(context, sansNull(input)));
  }
}
