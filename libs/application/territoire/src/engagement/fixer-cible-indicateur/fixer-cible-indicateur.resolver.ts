import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { engagementDecider, engagementStream, type FixerCibleIndicateur } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { commandMetadataFor, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { cible } from '../engagement.inputs';
import { FixerCibleIndicateurInput } from './fixer-cible-indicateur.input';

/** Use case: set the target of an indicator of a commitment, for a year or period and breakdown (admin; changing a target needs a reason). */
@Resolver()
export class FixerCibleIndicateurResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description: 'Set a target of an indicator of the commitment (attaching the indicator when needed); changing a target already set needs a reason.',
  })
  @Permit('admin')
  fixerCibleIndicateur(@Ctx() context: RequestContext, @Args('input') input: FixerCibleIndicateurInput): Promise<CommandPayload> {
    const engagementId = idValide('engagementId', input.engagementId);
    const command: FixerCibleIndicateur = {
      type: 'FixerCibleIndicateur',
      data: {
        indicateurId: input.indicateurId,
        annee: input.annee ?? null,
        periode: input.periode ?? null,
        ventilation: input.ventilation ?? null,
        cible: cible(input.cible),
        reference: input.reference ? { valeur: input.reference.valeur ?? null, libelle: input.reference.libelle } : null,
        qualificatif: input.qualificatif ?? null,
      },
      metadata: commandMetadataFor(context, input),
    };
    return this.commands.execute(
      { decider: engagementDecider, stream: engagementStream(context.tenantId, engagementId), command, expectedRevision: input.expectedRevision },
      engagementId,
    );
  }
}
