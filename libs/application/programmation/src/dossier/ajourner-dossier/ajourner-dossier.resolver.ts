import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { AjournerDossier } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EPCI } from '../../shared/acces';
import { ProgrammationCommands } from '../../shared/programmation-commands.service';
import { AjournerDossierInput } from './ajourner-dossier.input';

/** Use case: postpone a dossier to a later year's appel (EPCI staff). */
@Resolver()
export class AjournerDossierResolver {
  constructor(private readonly commands: ProgrammationCommands) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Postpone a dossier to a later year (next year by default).' })
  @Permit(...EPCI)
  ajournerDossier(@Ctx() context: RequestContext, @Args('input') input: AjournerDossierInput): Promise<CommandPayload> {
    const command: AjournerDossier = {
      type: 'AjournerDossier',
      data: {
        dossierId: input.dossierId,
        ...(input.motif ? { motif: input.motif } : {}),
        ...(input.comiteId ? { comiteId: input.comiteId } : {}),
        ...(input.anneeReport ? { anneeReport: input.anneeReport } : {}),
      },
      metadata: this.commands.metadata(context, input),
    };
    return this.commands.dossier(context, input, input.dossierId, command);
  }
}
