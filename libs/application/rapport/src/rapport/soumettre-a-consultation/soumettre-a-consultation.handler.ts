import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { SoumettreAConsultation } from '@cdv/domain-rapport';
import { CommandPayload } from '@cdv/graphql-common';
import { RapportDecisions } from '../../shared/rapport-decisions.service';
import { SoumettreAConsultationCommand } from './soumettre-a-consultation.command';
import { commandMetadataFor } from '@cdv/tenancy';

/** Use case: send the arrêté version for avis (EPCI staff). */
@CommandHandler(SoumettreAConsultationCommand)
export class SoumettreAConsultationHandler implements ICommandHandler<SoumettreAConsultationCommand> {
  constructor(private readonly decisions: RapportDecisions) {}

  async execute({ context, input }: SoumettreAConsultationCommand): Promise<CommandPayload> {
    const command: SoumettreAConsultation = {
      type: 'SoumettreAConsultation',
      data: {
        annee: input.annee,
        envoyeLe: input.envoyeLe,
        ...(input.echeance ? { echeance: input.echeance } : {}),
        destinataires: (input.destinataires ?? []).map((d) => ({ destinataireId: d.destinataireId, type: d.type, nom: d.nom, insee: d.codeInsee ?? null })),
      },
      metadata: commandMetadataFor(context, input),
    };
    return this.decisions.rapport(context, input, command);
  }
}
