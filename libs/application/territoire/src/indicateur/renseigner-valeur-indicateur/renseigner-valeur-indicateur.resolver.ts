import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { indicateurDecider, indicateurStream, type RenseignerValeurIndicateur } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { commandMetadataFor, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { ventilation } from '../indicateur.inputs';
import { RenseignerValeurIndicateurInput } from './renseigner-valeur-indicateur.input';

/** Use case: report a value of an indicator (admin or agent; a different value for the same year, date, breakdown and engagement is a correction and needs a reason). */
@Resolver()
export class RenseignerValeurIndicateurResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description:
      'Report a value of an indicator (agents and admins). A different value for the same year, date, breakdown and engagement is a correction: it needs a reason.',
  })
  @Permit('admin', 'agent')
  renseignerValeurIndicateur(@Ctx() context: RequestContext, @Args('input') input: RenseignerValeurIndicateurInput): Promise<CommandPayload> {
    const indicateurId = idValide('indicateurId', input.indicateurId);
    const command: RenseignerValeurIndicateur = {
      type: 'RenseignerValeurIndicateur',
      data: {
        annee: input.annee ?? null,
        date: input.date ?? null,
        ventilation: ventilation(input.ventilation),
        engagementId: input.engagementId ?? null,
        valeur: input.valeur ?? null,
        valeurImprimee: input.valeurImprimee ?? null,
        qualificatif: input.qualificatif ?? null,
        source: input.source,
      },
      metadata: commandMetadataFor(context, input),
    };
    return this.commands.execute(
      { decider: indicateurDecider, stream: indicateurStream(context.tenantId, indicateurId), command, expectedRevision: input.expectedRevision },
      indicateurId,
    );
  }
}
