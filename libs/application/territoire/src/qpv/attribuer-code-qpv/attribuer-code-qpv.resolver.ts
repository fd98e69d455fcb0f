import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { AttribuerCodeQpvInput } from './attribuer-code-qpv.input';
import { AttribuerCodeQpvCommand } from './attribuer-code-qpv.command';

/** Use case: attach the official code to a QPV (admin; replacing a code needs a reason). */
@Resolver()
export class AttribuerCodeQpvResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description: 'Attach the official code to a QPV; replacing a different code is a correction and needs a reason.',
  })
  @Permit('admin')
  attribuerCodeQpv(@Ctx() context: RequestContext, @Args('input') input: AttribuerCodeQpvInput): Promise<CommandPayload> {
    return this.commandBus.execute(new AttribuerCodeQpvCommand(context, sansNull(input)));
  }
}
