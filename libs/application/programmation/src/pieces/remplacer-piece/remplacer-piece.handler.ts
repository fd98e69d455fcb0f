import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { detenteurDe, PiecesCommands, refDe, type CommandePiece } from '../pieces-commands.service';
import { EcrituresProgrammation } from '../../shared/ecritures-programmation.service';
import { RemplacerPieceCommand } from './remplacer-piece.command';

/** Use case: a new version of a piece (a new RIB), with a reason. */
@CommandHandler(RemplacerPieceCommand)
export class RemplacerPieceHandler implements ICommandHandler<RemplacerPieceCommand> {
  constructor(
    private readonly ecritures: EcrituresProgrammation,
    private readonly pieces: PiecesCommands,
  ) {}

  async execute({ context, input }: RemplacerPieceCommand): Promise<CommandPayload> {
    const detenteur = detenteurDe(input.cible, input.detenteurId);
    const metadata = this.ecritures.metadata(context, input);
    const fichier = await this.pieces.fichier(context, detenteur, input.fichier);
    const command = {
      type: 'RemplacerPiece',
      data: { ...refDe(detenteur), pieceId: input.pieceId, fichier, contexte: { quotaOctets: this.pieces.quotaOctets } },
      metadata,
    } as CommandePiece;
    return this.pieces.executer(context, input, detenteur, command, input.pieceId);
  }
}
