import { Command } from '@nestjs/cqrs';
import { type RequestContext } from '@cdv/tenancy';
import { type SansNull } from '@cdv/platform';
import { DemanderFinancementInput } from './demander-financement.input';
import { FinancementDemandePayload } from './demander-financement.types';

/** The application command of `demanderFinancement`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class DemanderFinancementCommand extends Command<FinancementDemandePayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<DemanderFinancementInput>,
  ) {
    super();
  }
}
