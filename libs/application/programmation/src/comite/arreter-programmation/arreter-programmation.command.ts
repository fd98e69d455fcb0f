import { Command } from '@nestjs/cqrs';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { CommandPayloadAvecEffets } from '../../shared/programmation.types';
import { ArreterProgrammationInput } from './arreter-programmation.input';

/** The application command of `arreterProgrammation`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class ArreterProgrammationCommand extends Command<CommandPayloadAvecEffets> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<ArreterProgrammationInput>,
  ) {
    super();
  }
}
