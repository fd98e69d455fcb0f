import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { SolderDossier } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EPCI } from '../../shared/acces';
import { PiecesRequisesContexte } from '../../pieces/pieces-requises.service';
import { ProgrammationCommands } from '../../shared/programmation-commands.service';
import { SolderDossierInput } from './solder-dossier.input';

/** Use case: close a dossier after its bilan (EPCI staff); it is read-only afterwards, except corrections. */
@Resolver()
export class SolderDossierResolver {
  constructor(
    private readonly commands: ProgrammationCommands,
    private readonly piecesRequises: PiecesRequisesContexte,
  ) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Close (solder) a dossier after its bilan.' })
  @Permit(...EPCI)
  async solderDossier(@Ctx() context: RequestContext, @Args('input') input: SolderDossierInput): Promise<CommandPayload> {
    // The pieces the appel asks for: the decider refuses while one is missing (docs/adr/0022-pieces-justificatives.md).
    const contexte = await this.piecesRequises.pourDossier(context.tenantId, input.dossierId);
    const command: SolderDossier = {
      type: 'SolderDossier',
      data: { dossierId: input.dossierId, ...(contexte ? { contexte } : {}) },
      metadata: this.commands.metadata(context, input),
    };
    return this.commands.dossier(context, input, input.dossierId, command);
  }
}
