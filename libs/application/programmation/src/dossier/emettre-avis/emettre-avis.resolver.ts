import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { sansNull } from '@cdv/platform';
import { EPCI_ET_INSTRUCTEUR } from '../../shared/acces';
import { EmettreAvisInput } from './emettre-avis.input';
import { EmettreAvisCommand } from './emettre-avis.command';

/** Use case: give an avis on a dossier (an instructeur for its organisation; staff for any partner). */
@Resolver()
export class EmettreAvisResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Give an avis (favorable, réservé, défavorable) on a dossier under instruction.' })
  @Permit(...EPCI_ET_INSTRUCTEUR)
  emettreAvis(@Ctx() context: RequestContext, @Args('input') input: EmettreAvisInput): Promise<CommandPayload> {
    return this.commandBus.execute(new EmettreAvisCommand(context, sansNull(input)));
  }
}
