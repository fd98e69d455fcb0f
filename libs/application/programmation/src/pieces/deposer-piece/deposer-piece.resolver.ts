import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { sansNull } from '@cdv/platform';
import { EPCI_ET_PORTEUR } from '../../shared/acces';
import { DeposerPieceInput } from './deposer-piece.input';
import { DeposerPieceCommand } from './deposer-piece.command';

/** Use case: attach an uploaded file as a piece (the porteur for its own dossiers and conventions, or EPCI staff). */
@Resolver()
export class DeposerPieceResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Attach an uploaded file as a pièce justificative; the payload’s id is the new piece’s.' })
  @Permit(...EPCI_ET_PORTEUR)
  deposerPiece(@Ctx() context: RequestContext, @Args('input') input: DeposerPieceInput): Promise<CommandPayload> {
    return this.commandBus.execute(new DeposerPieceCommand(context, sansNull(input)));
  }
}
