import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { sansNull } from '@cdv/platform';
import { EPCI } from '../../shared/acces';
import { DefinirPiecesRequisesInput } from './definir-pieces-requises.input';
import { DefinirPiecesRequisesCommand } from './definir-pieces-requises.command';

/** Use case: the pieces a deposit and a bilan need (EPCI staff); the instruction and the solde check them. */
@Resolver()
export class DefinirPiecesRequisesResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Name the pieces a deposit and a bilan need, per porteur kind (the whole list).' })
  @Permit(...EPCI)
  definirPiecesRequises(@Ctx() context: RequestContext, @Args('input') input: DefinirPiecesRequisesInput): Promise<CommandPayload> {
    return this.commandBus.execute(new DefinirPiecesRequisesCommand(context, sansNull(input)));
  }
}
