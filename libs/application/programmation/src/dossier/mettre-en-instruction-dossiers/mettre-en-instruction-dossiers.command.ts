import { Command } from '@nestjs/cqrs';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { MettreEnInstructionDossiersInput } from './mettre-en-instruction-dossiers.input';
import { ResultatsParDossier } from './mettre-en-instruction-dossiers.types';

/** The application command of `mettreEnInstructionDossiers`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class MettreEnInstructionDossiersCommand extends Command<ResultatsParDossier> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<MettreEnInstructionDossiersInput>,
  ) {
    super();
  }
}
