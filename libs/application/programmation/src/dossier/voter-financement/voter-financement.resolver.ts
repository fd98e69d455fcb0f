import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { VoterFinancement } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EPCI_ET_INSTRUCTEUR } from '../../shared/acces';
import { ContexteProgrammation } from '../../shared/contexte.service';
import { ProgrammationCommands } from '../../shared/programmation-commands.service';
import { VoterFinancementInput } from './voter-financement.input';

/** Use case: vote a line outside a comité (staff, or the line's financeur's instructeur); rules are checked. */
@Resolver()
export class VoterFinancementResolver {
  constructor(
    private readonly commands: ProgrammationCommands,
    private readonly contexte: ContexteProgrammation,
  ) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Vote a line outside a comité (its financeur’s own committee), at most the amount asked.' })
  @Permit(...EPCI_ET_INSTRUCTEUR)
  async voterFinancement(@Ctx() context: RequestContext, @Args('input') input: VoterFinancementInput): Promise<CommandPayload> {
    const metadata = this.commands.metadata(context, input);
    const command: VoterFinancement = {
      type: 'VoterFinancement',
      data: {
        dossierId: input.dossierId,
        ligneId: input.ligneId,
        montant: input.montant,
        ...(input.comiteId ? { comiteId: input.comiteId } : {}),
        contexte: { regles: await this.contexte.regles(context.tenantId) },
      },
      metadata,
    };
    return this.commands.dossier(context, input, input.dossierId, command);
  }
}
