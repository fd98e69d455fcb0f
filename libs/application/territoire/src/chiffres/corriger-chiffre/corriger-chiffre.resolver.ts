import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { CorrigerChiffreInput } from './corriger-chiffre.input';
import { CorrigerChiffreCommand } from './corriger-chiffre.command';

/** Use case: correct a figure mis-read from its document (admin; needs a reason). */
@Resolver()
export class CorrigerChiffreResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description: 'Correct a figure mis-read from its document; needs a reason. Fields left out stay as they are.',
  })
  @Permit('admin')
  corrigerChiffre(@Ctx() context: RequestContext, @Args('input') input: CorrigerChiffreInput): Promise<CommandPayload> {
    return this.commandBus.execute(new CorrigerChiffreCommand(context, sansNull(input, 'valeur')));
  }
}
