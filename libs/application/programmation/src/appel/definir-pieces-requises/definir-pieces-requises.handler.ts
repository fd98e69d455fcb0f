import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { cibleDeLEtape, type DefinirPiecesRequises } from '@cdv/domain-programmation';
import { ApiError, CommandPayload } from '@cdv/graphql-common';
import { CataloguePieces, typeDuCatalogue } from '../../pieces/catalogue-pieces.service';
import { EcrituresProgrammation } from '../../shared/ecritures-programmation.service';
import { DefinirPiecesRequisesCommand } from './definir-pieces-requises.command';

const MAX_PIECES = 100;

/** Use case: the pieces a deposit and a bilan need (EPCI staff); the instruction and the solde check them. */
@CommandHandler(DefinirPiecesRequisesCommand)
export class DefinirPiecesRequisesHandler implements ICommandHandler<DefinirPiecesRequisesCommand> {
  constructor(
    private readonly ecritures: EcrituresProgrammation,
    private readonly catalogue: CataloguePieces,
  ) {}

  async execute({ context, input }: DefinirPiecesRequisesCommand): Promise<CommandPayload> {
    if (input.pieces.length > MAX_PIECES) throw new ApiError('VALIDATION_FAILED', `at most ${MAX_PIECES} required pieces`, { field: 'pieces' });
    const catalogue = await this.catalogue.maintenant(context.tenantId);
    const pieces = input.pieces.map((piece, index) => ({
      type: typeDuCatalogue(catalogue, piece.type, cibleDeLEtape(piece.etape), `pieces[${index}].type`),
      etape: piece.etape,
      porteurKinds: piece.porteurKinds ?? [],
    }));
    const command: DefinirPiecesRequises = {
      type: 'DefinirPiecesRequises',
      data: { annee: input.annee, pieces },
      metadata: this.ecritures.metadata(context, input),
    };
    return this.ecritures.appel(context, input, input.annee, command);
  }
}
