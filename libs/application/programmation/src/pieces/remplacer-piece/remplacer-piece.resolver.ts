import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EPCI_ET_PORTEUR } from '../../shared/acces';
import { ProgrammationCommands } from '../../shared/programmation-commands.service';
import { detenteurDe, PiecesCommands, refDe, type CommandePiece } from '../pieces-commands.service';
import { RemplacerPieceInput } from './remplacer-piece.input';

/** Use case: a new version of a piece (a new RIB), with a reason. */
@Resolver()
export class RemplacerPieceResolver {
  constructor(
    private readonly commands: ProgrammationCommands,
    private readonly pieces: PiecesCommands,
  ) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Replace a piece’s file with an uploaded one; `reason` is required.' })
  @Permit(...EPCI_ET_PORTEUR)
  async remplacerPiece(@Ctx() context: RequestContext, @Args('input') input: RemplacerPieceInput): Promise<CommandPayload> {
    const detenteur = detenteurDe(input.cible, input.detenteurId);
    const metadata = this.commands.metadata(context, input);
    const fichier = await this.pieces.fichier(context, detenteur, input.fichier);
    const command = {
      type: 'RemplacerPiece',
      data: { ...refDe(detenteur), pieceId: input.pieceId, fichier, contexte: { quotaOctets: this.pieces.quotaOctets } },
      metadata,
    } as CommandePiece;
    return this.pieces.executer(context, input, detenteur, command, input.pieceId);
  }
}
