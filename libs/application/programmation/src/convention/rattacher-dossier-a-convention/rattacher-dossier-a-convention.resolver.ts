import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { conventionDecider, conventionStream, type RattacherDossierAConvention } from '@cdv/domain-programmation';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EPCI } from '../../shared/acces';
import { ProgrammationCommands } from '../../shared/programmation-commands.service';
import { CommandPayloadAvecEffets } from '../../shared/programmation.types';
import { RattacherDossierAConventionInput } from './rattacher-dossier-a-convention.input';
import { idValide } from '@cdv/graphql-common';

/** Use case: link a later year's dossier to a CPO (EPCI staff); the dossier becomes conventionné in the same call. */
@Resolver()
export class RattacherDossierAConventionResolver {
  constructor(private readonly commands: ProgrammationCommands) {}

  @Mutation(() => CommandPayloadAvecEffets, { nullable: true, description: 'Link a dossier of a later year to a CPO (see `effets`).' })
  @Permit(...EPCI)
  rattacherDossierAConvention(@Ctx() context: RequestContext, @Args('input') input: RattacherDossierAConventionInput): Promise<CommandPayloadAvecEffets> {
    const conventionId = idValide('conventionId', input.conventionId);
    const command: RattacherDossierAConvention = {
      type: 'RattacherDossierAConvention',
      data: { conventionId, dossierId: idValide('dossierId', input.dossierId), annee: input.annee },
      metadata: this.commands.metadata(context, input),
    };
    return this.commands.avecEffets(
      { decider: conventionDecider, stream: conventionStream(context.tenantId, conventionId), command, expectedRevision: input.expectedRevision },
      conventionId,
      () => 'dossierId',
    );
  }
}
