import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { sansNull } from '@cdv/platform';
import { EPCI } from '../../shared/acces';
import { OuvrirAppelAProjetsInput } from './ouvrir-appel-a-projets.input';
import { OuvrirAppelAProjetsCommand } from './ouvrir-appel-a-projets.command';

/** Use case: open the year's appel à projets with its calendar and envelopes (EPCI staff). */
@Resolver()
export class OuvrirAppelAProjetsResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Open the appel à projets of a year.' })
  @Permit(...EPCI)
  ouvrirAppelAProjets(@Ctx() context: RequestContext, @Args('input') input: OuvrirAppelAProjetsInput): Promise<CommandPayload> {
    return this.commandBus.execute(new OuvrirAppelAProjetsCommand(context, sansNull(input)));
  }
}
