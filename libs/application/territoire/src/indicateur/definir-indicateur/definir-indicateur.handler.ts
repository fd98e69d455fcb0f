import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type DefinirIndicateur, indicateurDecider, indicateurStream } from '@cdv/domain-territoire';
import { CommandPayload, nouvelId } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { refNoeud } from '../../shared/inputs';
import { DefinirIndicateurCommand } from './definir-indicateur.command';

/** Use case: define an indicator of the catalogue (admin). */
@CommandHandler(DefinirIndicateurCommand)
export class DefinirIndicateurHandler implements ICommandHandler<DefinirIndicateurCommand> {
  constructor(private readonly decisions: Decisions) {}

  async execute({ context, input }: DefinirIndicateurCommand): Promise<CommandPayload> {
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
    const decision = {
      decider: indicateurDecider,
      stream: indicateurStream(context.tenantId, indicateurId),
      command,
      expectedRevision: input.expectedRevision,
    };
    return this.decisions.reponse(decision.stream, indicateurId, await this.decisions.decider(decision));
  }
}
