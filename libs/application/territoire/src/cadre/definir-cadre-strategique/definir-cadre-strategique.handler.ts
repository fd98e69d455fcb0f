import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { cadreDecider, cadreStream, type DefinirCadreStrategique } from '@cdv/domain-territoire';
import { CommandPayload, nouvelId } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { validation } from '../../shared/inputs';
import { DefinirCadreStrategiqueCommand } from './definir-cadre-strategique.command';

/** Use case: define version 1 of a cadre stratégique, or its next version, which freezes the previous one (admin). */
@CommandHandler(DefinirCadreStrategiqueCommand)
export class DefinirCadreStrategiqueHandler implements ICommandHandler<DefinirCadreStrategiqueCommand> {
  constructor(private readonly decisions: Decisions) {}

  async execute({ context, input }: DefinirCadreStrategiqueCommand): Promise<CommandPayload> {
    const cadreId = nouvelId('cadreId', 'cadre', context.tenantId, input.cadreId, input.commandId);
    const command: DefinirCadreStrategique = {
      type: 'DefinirCadreStrategique',
      data: {
        cadreId,
        version: input.version,
        intitule: input.intitule,
        contratId: input.contratId ?? null,
        dimensions: input.dimensions.map((d) => ({ code: d.code, libelle: d.libelle, niveaux: d.niveaux })),
        validations: (input.validations ?? []).map(validation),
      },
      metadata: commandMetadataFor(context, input),
    };
    const decision = { decider: cadreDecider, stream: cadreStream(context.tenantId, cadreId), command, expectedRevision: input.expectedRevision };
    return this.decisions.reponse(decision.stream, cadreId, await this.decisions.decider(decision));
  }
}
