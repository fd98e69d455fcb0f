import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { cataloguePiecesDecider, cataloguePiecesStream, type DefinirCataloguePieces } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { EcrituresProgrammation } from '../../shared/ecritures-programmation.service';
import { DefinirCataloguePiecesCommand } from './definir-catalogue-pieces.command';

/** Use case: the workspace's kinds of pieces (admin); pieces already deposited keep their label. */
@CommandHandler(DefinirCataloguePiecesCommand)
export class DefinirCataloguePiecesHandler implements ICommandHandler<DefinirCataloguePiecesCommand> {
  constructor(
    private readonly ecritures: EcrituresProgrammation,
    private readonly decisions: Decisions,
  ) {}

  async execute({ context, input }: DefinirCataloguePiecesCommand): Promise<CommandPayload> {
    const command: DefinirCataloguePieces = {
      type: 'DefinirCataloguePieces',
      data: { types: input.types.map((type) => ({ id: type.id, libelle: type.libelle, cibles: type.cibles })) },
      metadata: this.ecritures.metadata(context, input),
    };
    const decision = { decider: cataloguePiecesDecider, stream: cataloguePiecesStream(context.tenantId), command, expectedRevision: input.expectedRevision };
    return this.decisions.reponse(decision.stream, 'catalogue-pieces', await this.decisions.decider(decision));
  }
}
