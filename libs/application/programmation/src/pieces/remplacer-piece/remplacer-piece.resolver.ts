import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { sansNull } from '@cdv/platform';
import { EPCI_ET_PORTEUR } from '../../shared/acces';
import { RemplacerPieceInput } from './remplacer-piece.input';
import { RemplacerPieceCommand } from './remplacer-piece.command';

/** Use case: a new version of a piece (a new RIB), with a reason. */
@Resolver()
export class RemplacerPieceResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Replace a piece’s file with an uploaded one; `reason` is required.' })
  @Permit(...EPCI_ET_PORTEUR)
  remplacerPiece(@Ctx() context: RequestContext, @Args('input') input: RemplacerPieceInput): Promise<CommandPayload> {
    return this.commandBus.execute(new RemplacerPieceCommand(context, sansNull(input)));
  }
}
