import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { RefuserFinancement } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EPCI_ET_INSTRUCTEUR } from '../../shared/acces';
import { ProgrammationCommands } from '../../shared/programmation-commands.service';
import { RefuserFinancementInput } from './refuser-financement.input';

/** Use case: refuse a line (staff, or the line's financeur's instructeur). */
@Resolver()
export class RefuserFinancementResolver {
  constructor(private readonly commands: ProgrammationCommands) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Refuse a financing line (its financeur’s instructeur, or staff).' })
  @Permit(...EPCI_ET_INSTRUCTEUR)
  refuserFinancement(@Ctx() context: RequestContext, @Args('input') input: RefuserFinancementInput): Promise<CommandPayload> {
    const command: RefuserFinancement = {
      type: 'RefuserFinancement',
      data: {
        dossierId: input.dossierId,
        ligneId: input.ligneId,
        ...(input.motif ? { motif: input.motif } : {}),
        ...(input.comiteId ? { comiteId: input.comiteId } : {}),
      },
      metadata: this.commands.metadata(context, input),
    };
    return this.commands.dossier(context, input, input.dossierId, command);
  }
}
