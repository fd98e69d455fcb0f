import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { conventionDecider, conventionStream, type EngagerTranche } from '@cdv/domain-programmation';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EPCI_ET_INSTRUCTEUR } from '../../shared/acces';
import { ProgrammationCommands } from '../../shared/programmation-commands.service';
import { CommandPayloadAvecEffets } from '../../shared/programmation.types';
import { EngagerTrancheInput } from './engager-tranche.input';
import { idValide } from '@cdv/graphql-common';

/** Use case: engage a tranche (staff, or the signing financeur's instructeur); the dossier's line is engaged at once. */
@Resolver()
export class EngagerTrancheResolver {
  constructor(private readonly commands: ProgrammationCommands) {}

  @Mutation(() => CommandPayloadAvecEffets, { nullable: true, description: 'Engage a yearly tranche of a convention (see `effets`: the line’s engagement).' })
  @Permit(...EPCI_ET_INSTRUCTEUR)
  engagerTranche(@Ctx() context: RequestContext, @Args('input') input: EngagerTrancheInput): Promise<CommandPayloadAvecEffets> {
    const conventionId = idValide('conventionId', input.conventionId);
    const command: EngagerTranche = {
      type: 'EngagerTranche',
      data: {
        conventionId,
        annee: input.annee,
        dossierId: idValide('dossierId', input.dossierId),
        ligneId: input.ligneId,
        // The line id names its financeur; the convention checks that this financeur signed.
        financeurId: input.ligneId.slice(0, Math.max(input.ligneId.lastIndexOf(':'), 0)),
        montant: input.montant,
        ...(input.numeroEngagementJuridique ? { numeroEngagementJuridique: input.numeroEngagementJuridique } : {}),
      },
      metadata: this.commands.metadata(context, input),
    };
    return this.commands.avecEffets(
      { decider: conventionDecider, stream: conventionStream(context.tenantId, conventionId), command, expectedRevision: input.expectedRevision },
      conventionId,
      () => 'dossierId',
    );
  }
}
