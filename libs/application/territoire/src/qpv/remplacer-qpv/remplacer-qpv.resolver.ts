import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { RemplacerQpvInput } from './remplacer-qpv.input';
import { RemplacerQpvCommand } from './remplacer-qpv.command';

/** Use case: record the quartiers of the next geography that replace a QPV (admin). */
@Resolver()
export class RemplacerQpvResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description: 'Record the QPV of the next geography that replace this one; it stays readable under its code.',
  })
  @Permit('admin')
  remplacerQpv(@Ctx() context: RequestContext, @Args('input') input: RemplacerQpvInput): Promise<CommandPayload> {
    return this.commandBus.execute(new RemplacerQpvCommand(context, sansNull(input)));
  }
}
