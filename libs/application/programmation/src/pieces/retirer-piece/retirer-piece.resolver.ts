import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EPCI_ET_PORTEUR } from '../../shared/acces';
import { ProgrammationCommands } from '../../shared/programmation-commands.service';
import { detenteurDe, PiecesCommands, refDe, type CommandePiece } from '../pieces-commands.service';
import { RetirerPieceInput } from './retirer-piece.input';

/** Use case: withdraw a piece with a reason (the porteur before the instruction, EPCI staff any time). */
@Resolver()
export class RetirerPieceResolver {
  constructor(
    private readonly commands: ProgrammationCommands,
    private readonly pieces: PiecesCommands,
  ) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Withdraw a piece; `reason` is required. Its file stays in the audit trail.' })
  @Permit(...EPCI_ET_PORTEUR)
  retirerPiece(@Ctx() context: RequestContext, @Args('input') input: RetirerPieceInput): Promise<CommandPayload> {
    const detenteur = detenteurDe(input.cible, input.detenteurId);
    const command = {
      type: 'RetirerPiece',
      data: { ...refDe(detenteur), pieceId: input.pieceId },
      metadata: this.commands.metadata(context, input),
    } as CommandePiece;
    return this.pieces.executer(context, input, detenteur, command, input.pieceId);
  }
}
