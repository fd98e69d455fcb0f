import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { ProposerFinancement } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EPCI_ET_INSTRUCTEUR } from '../../shared/acces';
import { ContexteProgrammation } from '../../shared/contexte.service';
import { ProgrammationCommands } from '../../shared/programmation-commands.service';
import { ProposerFinancementInput } from './proposer-financement.input';

/** Use case: propose an amount on a line (staff, or the line's financeur's instructeur); rules are checked. */
@Resolver()
export class ProposerFinancementResolver {
  constructor(
    private readonly commands: ProgrammationCommands,
    private readonly contexte: ContexteProgrammation,
  ) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description: 'Propose an amount for a line (its financeur’s instructeur, or staff), at most the amount asked.',
  })
  @Permit(...EPCI_ET_INSTRUCTEUR)
  async proposerFinancement(@Ctx() context: RequestContext, @Args('input') input: ProposerFinancementInput): Promise<CommandPayload> {
    const metadata = this.commands.metadata(context, input);
    const command: ProposerFinancement = {
      type: 'ProposerFinancement',
      data: {
        dossierId: input.dossierId,
        ligneId: input.ligneId,
        montant: input.montant,
        contexte: { regles: await this.contexte.regles(context.tenantId) },
      },
      metadata,
    };
    return this.commands.dossier(context, input, input.dossierId, command);
  }
}
