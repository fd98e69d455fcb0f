import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { sansNull } from '@cdv/platform';
import { EPCI_ET_PORTEUR } from '../../shared/acces';
import { RetirerPieceInput } from './retirer-piece.input';
import { RetirerPieceCommand } from './retirer-piece.command';

/** Use case: withdraw a piece with a reason (the porteur before the instruction, EPCI staff any time). */
@Resolver()
export class RetirerPieceResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Withdraw a piece; `reason` is required. Its file stays in the audit trail.' })
  @Permit(...EPCI_ET_PORTEUR)
  retirerPiece(@Ctx() context: RequestContext, @Args('input') input: RetirerPieceInput): Promise<CommandPayload> {
    return this.commandBus.execute(new RetirerPieceCommand(context, sansNull(input)));
  }
}
