import { Command } from '@nestjs/cqrs';
import type { SansNull } from '@cdv/platform';
import type { RequestContext } from '@cdv/tenancy';
import type { SceauPosePayload } from '../../graphql/audit.types';
import type { PoserSceauInput } from './poser-sceau.input';

/** The application command of `poserSceau`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class PoserSceauCommand extends Command<SceauPosePayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<PoserSceauInput>,
  ) {
    super();
  }
}
