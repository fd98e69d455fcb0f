import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { CloturerExercice } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EPCI } from '../../shared/acces';
import { anneeValide } from '../../shared/annee';
import { ContexteProgrammation } from '../../shared/contexte.service';
import { ProgrammationCommands } from '../../shared/programmation-commands.service';
import { CloturerExerciceInput } from './cloturer-exercice.input';

/** Use case: close the year (EPCI staff); the application counts the dossiers not soldé, the appel decides. */
@Resolver()
export class CloturerExerciceResolver {
  constructor(
    private readonly commands: ProgrammationCommands,
    private readonly contexte: ContexteProgrammation,
  ) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Close the year once all its dossiers are soldé.' })
  @Permit(...EPCI)
  async cloturerExercice(@Ctx() context: RequestContext, @Args('input') input: CloturerExerciceInput): Promise<CommandPayload> {
    const dossiersNonSoldes = await this.contexte.dossiersNonSoldes(context.tenantId, anneeValide('annee', input.annee));
    const command: CloturerExercice = {
      type: 'CloturerExercice',
      data: { annee: input.annee, dossiersNonSoldes },
      metadata: this.commands.metadata(context, input),
    };
    return this.commands.appel(context, input, input.annee, command);
  }
}
