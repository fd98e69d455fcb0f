import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { type DefinirIndicateur, indicateurDecider, indicateurStream } from '@cdv/domain-territoire';
import { CommandPayload, nouvelId } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { commandMetadataFor, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { refNoeud } from '../../shared/inputs';
import { DefinirIndicateurInput } from './definir-indicateur.input';

/** Use case: define an indicator of the catalogue (admin). */
@Resolver()
export class DefinirIndicateurResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description: 'Define an indicator: label, unit, breakdowns, the objectives it measures. Its id is indicateurId, else derived from commandId.',
  })
  @Permit('admin')
  definirIndicateur(@Ctx() context: RequestContext, @Args('input') input: DefinirIndicateurInput): Promise<CommandPayload> {
    const indicateurId = nouvelId('indicateurId', 'indicateur', context.tenantId, input.indicateurId, input.commandId);
    const command: DefinirIndicateur = {
      type: 'DefinirIndicateur',
      data: {
        indicateurId,
        libelle: input.libelle,
        unite: input.unite ?? null,
        nature: input.nature ?? null,
        ventilations: input.ventilations ?? [],
        tranchesAge: input.tranchesAge ?? [],
        definition: input.definition ?? null,
        noeuds: (input.noeuds ?? []).map(refNoeud),
      },
      metadata: commandMetadataFor(context, input),
    };
    return this.commands.execute(
      { decider: indicateurDecider, stream: indicateurStream(context.tenantId, indicateurId), command, expectedRevision: input.expectedRevision },
      indicateurId,
    );
  }
}
