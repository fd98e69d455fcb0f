import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPayload, nouvelId } from '@cdv/graphql-common';
import { CataloguePieces } from '../catalogue-pieces.service';
import { detenteurDe, PiecesCommands, refDe, type CommandePiece } from '../pieces-commands.service';
import { EcrituresProgrammation } from '../../shared/ecritures-programmation.service';
import { DeposerPieceCommand } from './deposer-piece.command';

/** Use case: attach an uploaded file as a piece (the porteur for its own dossiers and conventions, or EPCI staff). */
@CommandHandler(DeposerPieceCommand)
export class DeposerPieceHandler implements ICommandHandler<DeposerPieceCommand> {
  constructor(
    private readonly ecritures: EcrituresProgrammation,
    private readonly pieces: PiecesCommands,
    private readonly catalogue: CataloguePieces,
  ) {}

  async execute({ context, input }: DeposerPieceCommand): Promise<CommandPayload> {
    const detenteur = detenteurDe(input.cible, input.detenteurId);
    const metadata = this.ecritures.metadata(context, input);
    const [type, fichier] = await Promise.all([
      this.catalogue.typePour(context.tenantId, input.type, input.cible, 'type'),
      this.pieces.fichier(context, detenteur, input.fichier),
    ]);
    const pieceId = nouvelId('pieceId', 'piece', context.tenantId, input.pieceId, input.commandId);
    const command = {
      type: 'DeposerPiece',
      data: { ...refDe(detenteur), pieceId, cible: input.cible, type, fichier, contexte: { quotaOctets: this.pieces.quotaOctets } },
      metadata,
    } as CommandePiece;
    return this.pieces.executer(context, input, detenteur, command, pieceId);
  }
}
