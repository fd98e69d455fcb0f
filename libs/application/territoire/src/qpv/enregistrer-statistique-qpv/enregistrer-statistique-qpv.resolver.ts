import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { type EnregistrerStatistiqueQpv, qpvDecider, qpvStream } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { commandMetadataFor, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { statistique } from '../../shared/inputs';
import { EnregistrerStatistiqueQpvInput } from './enregistrer-statistique-qpv.input';

/** Use case: record a statistic of a quartier (admin; correcting a value needs a reason). */
@Resolver()
export class EnregistrerStatistiqueQpvResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description: 'Record a statistic of a quartier (population, taux d’emploi…); correcting a recorded value needs a reason.',
  })
  @Permit('admin')
  enregistrerStatistiqueQpv(@Ctx() context: RequestContext, @Args('input') input: EnregistrerStatistiqueQpvInput): Promise<CommandPayload> {
    const qpvId = idValide('qpvId', input.qpvId);
    const command: EnregistrerStatistiqueQpv = {
      type: 'EnregistrerStatistiqueQpv',
      data: { statistique: statistique(input.statistique) },
      metadata: commandMetadataFor(context, input),
    };
    return this.commands.execute({ decider: qpvDecider, stream: qpvStream(context.tenantId, qpvId), command, expectedRevision: input.expectedRevision }, qpvId);
  }
}
