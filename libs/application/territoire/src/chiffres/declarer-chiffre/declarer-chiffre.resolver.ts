import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { DeclarerChiffreInput } from './declarer-chiffre.input';
import { DeclarerChiffreCommand } from './declarer-chiffre.command';

/** Use case: record a figure printed in a source document, as printed (admin). */
@Resolver()
export class DeclarerChiffreResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description:
      'Record a figure printed in a source document, as printed, with where it was read; the platform sets it beside what it computes. The payload id is the figure id.',
  })
  @Permit('admin')
  declarerChiffre(@Ctx() context: RequestContext, @Args('input') input: DeclarerChiffreInput): Promise<CommandPayload> {
    return this.commandBus.execute(new DeclarerChiffreCommand(context, sansNull(input)));
  }
}
