import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AdopterRapport } from '@cdv/domain-rapport';
import { CommandPayload } from '@cdv/graphql-common';
import { RapportDecisions } from '../../shared/rapport-decisions.service';
import { AdopterRapportCommand } from './adopter-rapport.command';
import { commandMetadataFor } from '@cdv/tenancy';

/** Use case: record the council's adoption of the report (EPCI staff). */
@CommandHandler(AdopterRapportCommand)
export class AdopterRapportHandler implements ICommandHandler<AdopterRapportCommand> {
  constructor(private readonly decisions: RapportDecisions) {}

  async execute({ context, input }: AdopterRapportCommand): Promise<CommandPayload> {
    const command: AdopterRapport = {
      type: 'AdopterRapport',
      data: {
        annee: input.annee,
        ...(input.instance ? { instance: input.instance } : {}),
        deliberation: { date: input.deliberation.date, numero: input.deliberation.numero },
      },
      metadata: commandMetadataFor(context, input),
    };
    return this.decisions.rapport(context, input, command);
  }
}
