import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { SolderDossier } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EPCI } from '../../shared/acces';
import { ProgrammationCommands } from '../../shared/programmation-commands.service';
import { SolderDossierInput } from './solder-dossier.input';

/** Use case: close a dossier after its bilan (EPCI staff); it is read-only afterwards, except corrections. */
@Resolver()
export class SolderDossierResolver {
  constructor(private readonly commands: ProgrammationCommands) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Close (solder) a dossier after its bilan.' })
  @Permit(...EPCI)
  solderDossier(@Ctx() context: RequestContext, @Args('input') input: SolderDossierInput): Promise<CommandPayload> {
    const command: SolderDossier = {
      type: 'SolderDossier',
      data: { dossierId: input.dossierId },
      metadata: this.commands.metadata(context, input),
    };
    return this.commands.dossier(context, input, input.dossierId, command);
  }
}
