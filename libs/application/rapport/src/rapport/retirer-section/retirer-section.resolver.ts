import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { REDACTEURS_RAPPORT } from '../../shared/acces';
import { RetirerSectionCommand } from './retirer-section.command';
import { RetirerSectionInput } from './retirer-section.input';

/** Use case: remove a section from the draft (EPCI staff). */
@Resolver()
export class RetirerSectionResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Remove a section from the rapport annuel’s draft.' })
  @Permit(...REDACTEURS_RAPPORT)
  retirerSectionRapport(@Ctx() context: RequestContext, @Args('input') input: RetirerSectionInput): Promise<CommandPayload> {
    return this.commandBus.execute(new RetirerSectionCommand(context, sansNull(input)));
  }
}
