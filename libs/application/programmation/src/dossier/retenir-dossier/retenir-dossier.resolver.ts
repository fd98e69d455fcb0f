import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { RetenirDossier } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EPCI } from '../../shared/acces';
import { ProgrammationCommands } from '../../shared/programmation-commands.service';
import { RetenirDossierInput } from './retenir-dossier.input';

/** Use case: retain a dossier with at least one voted line, outside a comité decision (EPCI staff). */
@Resolver()
export class RetenirDossierResolver {
  constructor(private readonly commands: ProgrammationCommands) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Retain a dossier (at least one line must be voted).' })
  @Permit(...EPCI)
  retenirDossier(@Ctx() context: RequestContext, @Args('input') input: RetenirDossierInput): Promise<CommandPayload> {
    const command: RetenirDossier = {
      type: 'RetenirDossier',
      data: { dossierId: input.dossierId, ...(input.comiteId ? { comiteId: input.comiteId } : {}) },
      metadata: this.commands.metadata(context, input),
    };
    return this.commands.dossier(context, input, input.dossierId, command);
  }
}
