import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { ArreterRapport, ChiffresFiges } from '@cdv/domain-rapport';
import { anneeValide } from '@cdv/application-programmation';
import { ApiError, CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { LectureRapport } from '../../lecture/lecture-rapport.service';
import { REDACTEURS_RAPPORT } from '../../shared/acces';
import { RapportCommands } from '../../shared/rapport-commands.service';
import { ArreterRapportInput } from './arreter-rapport.input';

/**
 * Use case: arrêter the report (EPCI staff). The figures are assembled here, on the server, from the read models at
 * the log position of `arreteAu` — never taken from the client — and frozen whole in the event (ADR 0016).
 */
@Resolver()
export class ArreterRapportResolver {
  constructor(
    private readonly commands: RapportCommands,
    private readonly lecture: LectureRapport,
  ) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description:
      'Arrêter the rapport annuel: its figures are assembled by the server as of `arreteAu` (now by default) and frozen in a new version; reading that version later gives the same numbers.',
  })
  @Permit(...REDACTEURS_RAPPORT)
  async arreterRapport(@Ctx() context: RequestContext, @Args('input') input: ArreterRapportInput): Promise<CommandPayload> {
    const annee = anneeValide('annee', input.annee);
    if (input.arreteAu && input.arreteAu > new Date().toISOString()) {
      throw new ApiError('VALIDATION_FAILED', `figures cannot be frozen as of the future (${input.arreteAu})`, { field: 'arreteAu' });
    }
    const vue = await this.lecture.vue(context.tenantId, input.arreteAu);
    const chiffres = await this.lecture.assembler(context.tenantId, annee, vue);
    // Taken after the read: « now » is then at or after every event the figures cover.
    const metadata = this.commands.metadata(context, input);
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
    return this.commands.rapport(context, input, command);
  }
}
