import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { EmettreAvis } from '@cdv/domain-programmation';
import { ApiError, CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EPCI_ET_INSTRUCTEUR } from '../../shared/acces';
import { ProgrammationCommands } from '../../shared/programmation-commands.service';
import { ReferentielProgrammation } from '../../shared/referentiel.service';
import { EmettreAvisInput } from './emettre-avis.input';

/** Use case: give an avis on a dossier (an instructeur for its organisation; staff for any partner). */
@Resolver()
export class EmettreAvisResolver {
  constructor(
    private readonly commands: ProgrammationCommands,
    private readonly referentiel: ReferentielProgrammation,
  ) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Give an avis (favorable, réservé, défavorable) on a dossier under instruction.' })
  @Permit(...EPCI_ET_INSTRUCTEUR)
  async emettreAvis(@Ctx() context: RequestContext, @Args('input') input: EmettreAvisInput): Promise<CommandPayload> {
    const metadata = this.commands.metadata(context, input);
    const auteurId = input.auteurId ?? (context.role === 'instructeur' ? context.membership.organisationId : undefined);
    if (!auteurId) throw new ApiError('VALIDATION_FAILED', 'auteurId is required', { field: 'auteurId' });
    const auteur = await this.referentiel.organisation(context.tenantId, { field: 'auteurId', id: auteurId });
    const command: EmettreAvis = {
      type: 'EmettreAvis',
      data: {
        dossierId: input.dossierId,
        auteur,
        avis: input.avis,
        commentaire: input.commentaire ?? '',
        ...(input.ligneId ? { ligneId: input.ligneId } : {}),
      },
      metadata,
    };
    return this.commands.dossier(context, input, input.dossierId, command);
  }
}
