import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { detenteurDe, PiecesCommands, refDe, type CommandePiece } from '../pieces-commands.service';
import { EcrituresProgrammation } from '../../shared/ecritures-programmation.service';
import { RetirerPieceCommand } from './retirer-piece.command';

/** Use case: withdraw a piece with a reason (the porteur before the instruction, EPCI staff any time). */
@CommandHandler(RetirerPieceCommand)
export class RetirerPieceHandler implements ICommandHandler<RetirerPieceCommand> {
  constructor(
    private readonly ecritures: EcrituresProgrammation,
    private readonly pieces: PiecesCommands,
  ) {}

  execute({ context, input }: RetirerPieceCommand): Promise<CommandPayload> {
    const detenteur = detenteurDe(input.cible, input.detenteurId);
    const command = {
      type: 'RetirerPiece',
      data: { ...refDe(detenteur), pieceId: input.pieceId },
      metadata: this.ecritures.metadata(context, input),
    } as CommandePiece;
    return this.pieces.executer(context, input, detenteur, command, input.pieceId);
  }
}
