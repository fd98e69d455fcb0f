import { Command } from '@nestjs/cqrs';
import { type RequestContext } from '@cdv/tenancy';
import { type SansNull } from '@cdv/platform';
import { CommandPayloadAvecEffets } from '../../shared/programmation.types';
import { RattacherDossierAConventionInput } from './rattacher-dossier-a-convention.input';

/** The application command of `rattacherDossierAConvention`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class RattacherDossierAConventionCommand extends Command<CommandPayloadAvecEffets> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<RattacherDossierAConventionInput>,
  ) {
    super();
  }
}
