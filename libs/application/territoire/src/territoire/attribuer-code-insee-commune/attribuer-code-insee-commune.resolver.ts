import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { AttribuerCodeInseeCommuneInput } from './attribuer-code-insee-commune.input';
import { AttribuerCodeInseeCommuneCommand } from './attribuer-code-insee-commune.command';

/** Use case: give its INSEE code to a commune known by name only (admin). */
@Resolver()
export class AttribuerCodeInseeCommuneResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Give its INSEE code to a commune known by name only.' })
  @Permit('admin')
  attribuerCodeInseeCommune(@Ctx() context: RequestContext, @Args('input') input: AttribuerCodeInseeCommuneInput): Promise<CommandPayload> {
    return this.commandBus.execute(new AttribuerCodeInseeCommuneCommand(context, sansNull(input)));
  }
}
