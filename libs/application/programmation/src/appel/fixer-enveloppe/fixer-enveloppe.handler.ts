import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { FixerEnveloppe } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { ReferentielProgrammation } from '../../shared/referentiel.service';
import { EcrituresProgrammation } from '../../shared/ecritures-programmation.service';
import { FixerEnveloppeCommand } from './fixer-enveloppe.command';

/** Use case: set a financeur's envelope for the year (EPCI staff). */
@CommandHandler(FixerEnveloppeCommand)
export class FixerEnveloppeHandler implements ICommandHandler<FixerEnveloppeCommand> {
  constructor(
    private readonly ecritures: EcrituresProgrammation,
    private readonly referentiel: ReferentielProgrammation,
  ) {}

  async execute({ context, input }: FixerEnveloppeCommand): Promise<CommandPayload> {
    const financeur = await this.referentiel.financeur(context.tenantId, { field: 'financeurId', id: input.financeurId }, input.nature ?? undefined);
    const command: FixerEnveloppe = {
      type: 'FixerEnveloppe',
      data: { annee: input.annee, financeur, ...(input.nature ? { nature: input.nature } : {}), montant: input.montant },
      metadata: this.ecritures.metadata(context, input),
    };
    return this.ecritures.appel(context, input, input.annee, command);
  }
}
