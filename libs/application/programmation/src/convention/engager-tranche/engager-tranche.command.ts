import { Command } from '@nestjs/cqrs';
import { type RequestContext } from '@cdv/tenancy';
import { type SansNull } from '@cdv/platform';
import { CommandPayloadAvecEffets } from '../../shared/programmation.types';
import { EngagerTrancheInput } from './engager-tranche.input';

/** The application command of `engagerTranche`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class EngagerTrancheCommand extends Command<CommandPayloadAvecEffets> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<EngagerTrancheInput>,
  ) {
    super();
  }
}
