import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { indicateurDecider, indicateurStream, type RattacherIndicateurObjectif } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { commandMetadataFor, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { refNoeud } from '../../shared/inputs';
import { RattacherIndicateurObjectifInput } from './rattacher-indicateur-objectif.input';

/** Use case: attach an indicator to a node of the cadre stratégique (admin). */
@Resolver()
export class RattacherIndicateurObjectifResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Attach an indicator to an objective (a node of the cadre stratégique).' })
  @Permit('admin')
  rattacherIndicateurObjectif(@Ctx() context: RequestContext, @Args('input') input: RattacherIndicateurObjectifInput): Promise<CommandPayload> {
    const indicateurId = idValide('indicateurId', input.indicateurId);
    const command: RattacherIndicateurObjectif = {
      type: 'RattacherIndicateurObjectif',
      data: { noeud: refNoeud(input.noeud) },
      metadata: commandMetadataFor(context, input),
    };
    return this.commands.execute(
      { decider: indicateurDecider, stream: indicateurStream(context.tenantId, indicateurId), command, expectedRevision: input.expectedRevision },
      indicateurId,
    );
  }
}
