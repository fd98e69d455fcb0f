import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ArreterRapport, ChiffresFiges } from '@cdv/domain-rapport';
import { anneeValide } from '@cdv/application-programmation';
import { ApiError, CommandPayload } from '@cdv/graphql-common';
import { LectureRapport } from '../../lecture/lecture-rapport.service';
import { RapportDecisions } from '../../shared/rapport-decisions.service';
import { ArreterRapportCommand } from './arreter-rapport.command';
import { commandMetadataFor } from '@cdv/tenancy';

/**
 * Use case: arrêter the report (EPCI staff). The figures are assembled here, on the server, from the read models at
 * the log position of `arreteAu` — never taken from the client — and frozen whole in the event (ADR 0016).
 */
@CommandHandler(ArreterRapportCommand)
export class ArreterRapportHandler implements ICommandHandler<ArreterRapportCommand> {
  constructor(
    private readonly decisions: RapportDecisions,
    private readonly lecture: LectureRapport,
  ) {}

  async execute({ context, input }: ArreterRapportCommand): Promise<CommandPayload> {
    const annee = anneeValide('annee', input.annee);
    if (input.arreteAu && input.arreteAu > new Date().toISOString()) {
      throw new ApiError('VALIDATION_FAILED', `figures cannot be frozen as of the future (${input.arreteAu})`, { field: 'arreteAu' });
    }
    const vue = await this.lecture.vue(context.tenantId, input.arreteAu);
    const chiffres = await this.lecture.assembler(context.tenantId, annee, vue);
    // Taken after the read: « now » is then at or after every event the figures cover.
    const metadata = commandMetadataFor(context, input);
    const command: ArreterRapport = {
      type: 'ArreterRapport',
      data: {
        annee,
        arreteAu: input.arreteAu ?? metadata.now,
        position: vue.position,
        chiffres: chiffres as unknown as ChiffresFiges,
        signataire: input.signataire ? { nom: input.signataire.nom, qualite: input.signataire.qualite } : null,
      },
      metadata,
    };
    return this.decisions.rapport(context, input, command);
  }
}
