import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EPCI_ET_PORTEUR } from '../../shared/acces';
import { nouvelId } from '../../shared/ids';
import { ProgrammationCommands } from '../../shared/programmation-commands.service';
import { CataloguePieces } from '../catalogue-pieces.service';
import { detenteurDe, PiecesCommands, refDe, type CommandePiece } from '../pieces-commands.service';
import { DeposerPieceInput } from './deposer-piece.input';

/** Use case: attach an uploaded file as a piece (the porteur for its own dossiers and conventions, or EPCI staff). */
@Resolver()
export class DeposerPieceResolver {
  constructor(
    private readonly commands: ProgrammationCommands,
    private readonly pieces: PiecesCommands,
    private readonly catalogue: CataloguePieces,
  ) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Attach an uploaded file as a pièce justificative; the payload’s id is the new piece’s.' })
  @Permit(...EPCI_ET_PORTEUR)
  async deposerPiece(@Ctx() context: RequestContext, @Args('input') input: DeposerPieceInput): Promise<CommandPayload> {
    const detenteur = detenteurDe(input.cible, input.detenteurId);
    const metadata = this.commands.metadata(context, input);
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
