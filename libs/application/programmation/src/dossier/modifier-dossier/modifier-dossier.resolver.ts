import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { ModifierDossier } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EPCI_ET_PORTEUR } from '../../shared/acces';
import { ProgrammationCommands } from '../../shared/programmation-commands.service';
import { ReferentielProgrammation } from '../../shared/referentiel.service';
import { champsDe } from '../champs-dossier';
import { ModifierDossierInput } from './modifier-dossier.input';

/** Use case: change a dossier's description (its porteur before instruction; staff with a reason during it). */
@Resolver()
export class ModifierDossierResolver {
  constructor(
    private readonly commands: ProgrammationCommands,
    private readonly referentiel: ReferentielProgrammation,
  ) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Change a dossier’s fields; the event records each field before and after.' })
  @Permit(...EPCI_ET_PORTEUR)
  async modifierDossier(@Ctx() context: RequestContext, @Args('input') input: ModifierDossierInput): Promise<CommandPayload> {
    const metadata = this.commands.metadata(context, input);
    const changes = await champsDe(this.referentiel, context.tenantId, input);
    const command: ModifierDossier = { type: 'ModifierDossier', data: { dossierId: input.dossierId, changes }, metadata };
    return this.commands.dossier(context, input, input.dossierId, command);
  }
}
