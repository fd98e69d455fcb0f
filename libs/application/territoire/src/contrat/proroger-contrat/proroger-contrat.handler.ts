import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { contratDecider, contratStream, type ProrogerContrat } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { ProrogerContratCommand } from './proroger-contrat.command';

/** Use case: extend the term of the contract (admin; after the signature it needs a reason). */
@CommandHandler(ProrogerContratCommand)
export class ProrogerContratHandler implements ICommandHandler<ProrogerContratCommand> {
  constructor(private readonly decisions: Decisions) {}

  async execute({ context, input }: ProrogerContratCommand): Promise<CommandPayload> {
    const contratId = idValide('contratId', input.contratId);
    const command: ProrogerContrat = {
      type: 'ProrogerContrat',
      data: { nouvelleFin: input.nouvelleFin, fondementJuridique: input.fondementJuridique ?? null, dateEffet: input.dateEffet ?? null },
      metadata: commandMetadataFor(context, input),
    };
    const decision = { decider: contratDecider, stream: contratStream(context.tenantId, contratId), command, expectedRevision: input.expectedRevision };
    return this.decisions.reponse(decision.stream, contratId, await this.decisions.decider(decision));
  }
}
