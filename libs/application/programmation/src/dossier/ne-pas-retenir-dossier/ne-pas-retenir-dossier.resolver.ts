import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { NePasRetenirDossier } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EPCI } from '../../shared/acces';
import { ProgrammationCommands } from '../../shared/programmation-commands.service';
import { NePasRetenirDossierInput } from './ne-pas-retenir-dossier.input';

/** Use case: do not retain a dossier; its pending lines are refused with it (EPCI staff). */
@Resolver()
export class NePasRetenirDossierResolver {
  constructor(private readonly commands: ProgrammationCommands) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Do not retain a dossier (no line may be voted); its pending lines are refused.' })
  @Permit(...EPCI)
  nePasRetenirDossier(@Ctx() context: RequestContext, @Args('input') input: NePasRetenirDossierInput): Promise<CommandPayload> {
    const command: NePasRetenirDossier = {
      type: 'NePasRetenirDossier',
      data: { dossierId: input.dossierId, ...(input.motif ? { motif: input.motif } : {}), ...(input.comiteId ? { comiteId: input.comiteId } : {}) },
      metadata: this.commands.metadata(context, input),
    };
    return this.commands.dossier(context, input, input.dossierId, command);
  }
}
