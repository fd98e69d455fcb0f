import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { sansNull } from '@cdv/platform';
import { EPCI } from '../../shared/acces';
import { MettreEnInstructionInput } from './mettre-en-instruction.input';
import { MettreEnInstructionCommand } from './mettre-en-instruction.command';

/** Use case: start the instruction of a deposited dossier (EPCI staff). */
@Resolver()
export class MettreEnInstructionResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Start the instruction of a dossier (it needs at least one financing request).' })
  @Permit(...EPCI)
  mettreEnInstruction(@Ctx() context: RequestContext, @Args('input') input: MettreEnInstructionInput): Promise<CommandPayload> {
    return this.commandBus.execute(new MettreEnInstructionCommand(context, sansNull(input)));
  }
}
