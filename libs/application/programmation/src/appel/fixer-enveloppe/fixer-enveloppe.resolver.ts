import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { FixerEnveloppe } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EPCI } from '../../shared/acces';
import { ProgrammationCommands } from '../../shared/programmation-commands.service';
import { ReferentielProgrammation } from '../../shared/referentiel.service';
import { FixerEnveloppeInput } from './fixer-enveloppe.input';

/** Use case: set a financeur's envelope for the year (EPCI staff). */
@Resolver()
export class FixerEnveloppeResolver {
  constructor(
    private readonly commands: ProgrammationCommands,
    private readonly referentiel: ReferentielProgrammation,
  ) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Set or change a financeur’s envelope of the year.' })
  @Permit(...EPCI)
  async fixerEnveloppe(@Ctx() context: RequestContext, @Args('input') input: FixerEnveloppeInput): Promise<CommandPayload> {
    const financeur = await this.referentiel.financeur(context.tenantId, { field: 'financeurId', id: input.financeurId }, input.nature ?? undefined);
    const command: FixerEnveloppe = {
      type: 'FixerEnveloppe',
      data: { annee: input.annee, financeur, ...(input.nature ? { nature: input.nature } : {}), montant: input.montant },
      metadata: this.commands.metadata(context, input),
    };
    return this.commands.appel(context, input, input.annee, command);
  }
}
