import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { REDACTEURS_RAPPORT } from '../../shared/acces';
import { RedigerSectionCommand } from './rediger-section.command';
import { RedigerSectionInput } from './rediger-section.input';

/** Use case: write a narrative of the report, or the note explaining a figure (EPCI staff). */
@Resolver()
export class RedigerSectionResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Write or replace a section of the rapport annuel’s draft.' })
  @Permit(...REDACTEURS_RAPPORT)
  redigerSectionRapport(@Ctx() context: RequestContext, @Args('input') input: RedigerSectionInput): Promise<CommandPayload> {
    return this.commandBus.execute(new RedigerSectionCommand(context, sansNull(input)));
  }
}
