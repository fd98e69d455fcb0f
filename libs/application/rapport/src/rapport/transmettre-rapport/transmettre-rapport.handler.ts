import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { TransmettreRapport } from '@cdv/domain-rapport';
import { CommandPayload } from '@cdv/graphql-common';
import { RapportDecisions } from '../../shared/rapport-decisions.service';
import { TransmettreRapportCommand } from './transmettre-rapport.command';
import { commandMetadataFor } from '@cdv/tenancy';

/** Use case: record the transmission of the adopted report (EPCI staff). */
@CommandHandler(TransmettreRapportCommand)
export class TransmettreRapportHandler implements ICommandHandler<TransmettreRapportCommand> {
  constructor(private readonly decisions: RapportDecisions) {}

  async execute({ context, input }: TransmettreRapportCommand): Promise<CommandPayload> {
    const command: TransmettreRapport = {
      type: 'TransmettreRapport',
      data: {
        annee: input.annee,
        transmisLe: input.transmisLe,
        ...(input.destinataire ? { destinataire: input.destinataire } : {}),
        reference: input.reference ?? null,
      },
      metadata: commandMetadataFor(context, input),
    };
    return this.decisions.rapport(context, input, command);
  }
}
