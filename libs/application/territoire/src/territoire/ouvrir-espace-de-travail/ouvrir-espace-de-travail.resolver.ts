import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { OuvrirEspaceDeTravailCommand } from './ouvrir-espace-de-travail.command';
import { OuvrirEspaceDeTravailInput } from './ouvrir-espace-de-travail.input';

/** Use case: a platform operator opens the workspace of a new EPCI (ouvrir-espace-de-travail.handler.ts). */
@Resolver()
export class OuvrirEspaceDeTravailResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description:
      'Open a new workspace for an EPCI (platform operators: admins of the platform’s workspace). Its people then get their memberships from the identity provider.',
  })
  @Permit('admin')
  ouvrirEspaceDeTravail(@Ctx() context: RequestContext, @Args('input') input: OuvrirEspaceDeTravailInput): Promise<CommandPayload> {
    return this.commandBus.execute(new OuvrirEspaceDeTravailCommand(context, sansNull(input)));
  }
}
