import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { sansNull } from '@cdv/platform';
import { EPCI_ET_PORTEUR } from '../../shared/acces';
import { AbandonnerDossierInput } from './abandonner-dossier.input';
import { AbandonnerDossierCommand } from './abandonner-dossier.command';

/** Use case: the porteur withdraws its dossier (or staff records it); after the decision, a reason is required. */
@Resolver()
export class AbandonnerDossierResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Abandon a dossier (any time before solde); after the decision, a reason is required.' })
  @Permit(...EPCI_ET_PORTEUR)
  abandonnerDossier(@Ctx() context: RequestContext, @Args('input') input: AbandonnerDossierInput): Promise<CommandPayload> {
    return this.commandBus.execute(new AbandonnerDossierCommand(context, sansNull(input)));
  }
}
