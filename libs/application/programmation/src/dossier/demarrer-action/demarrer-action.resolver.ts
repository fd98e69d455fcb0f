import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { DemarrerAction } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EPCI_ET_PORTEUR } from '../../shared/acces';
import { ProgrammationCommands } from '../../shared/programmation-commands.service';
import { DemarrerActionInput } from './demarrer-action.input';

/** Use case: the porteur starts its conventionné action (or staff records it). */
@Resolver()
export class DemarrerActionResolver {
  constructor(private readonly commands: ProgrammationCommands) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Record that the action started (conventionne → en_cours).' })
  @Permit(...EPCI_ET_PORTEUR)
  demarrerAction(@Ctx() context: RequestContext, @Args('input') input: DemarrerActionInput): Promise<CommandPayload> {
    const command: DemarrerAction = {
      type: 'DemarrerAction',
      data: { dossierId: input.dossierId, dateDebut: input.dateDebut },
      metadata: this.commands.metadata(context, input),
    };
    return this.commands.dossier(context, input, input.dossierId, command);
  }
}
