import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { AbandonnerDossier } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EPCI_ET_PORTEUR } from '../../shared/acces';
import { ProgrammationCommands } from '../../shared/programmation-commands.service';
import { AbandonnerDossierInput } from './abandonner-dossier.input';

/** Use case: the porteur withdraws its dossier (or staff records it); after the decision, a reason is required. */
@Resolver()
export class AbandonnerDossierResolver {
  constructor(private readonly commands: ProgrammationCommands) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Abandon a dossier (any time before solde); after the decision, a reason is required.' })
  @Permit(...EPCI_ET_PORTEUR)
  abandonnerDossier(@Ctx() context: RequestContext, @Args('input') input: AbandonnerDossierInput): Promise<CommandPayload> {
    const command: AbandonnerDossier = {
      type: 'AbandonnerDossier',
      data: { dossierId: input.dossierId, ...(input.motif ? { motif: input.motif } : {}) },
      metadata: this.commands.metadata(context, input),
    };
    return this.commands.dossier(context, input, input.dossierId, command);
  }
}
