import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { DateTimeScalar } from './scalars';

/**
 * Fields every mutation input carries (docs/design.md §8): optimistic concurrency, idempotency, and the why/when of
 * the change. Inputs extend it: `@InputType() class DeposerDossierInput extends CommandInput { … }`.
 */
@InputType({ isAbstract: true })
export abstract class CommandInput {
  @Field(() => Int, {
    nullable: true,
    description: 'Revision of the aggregate the client last read. If it changed meanwhile, the command is refused with CONFLICT.',
  })
  expectedRevision?: number | null;

  @Field(() => String, { nullable: true, description: 'Idempotency key: the same commandId sent again returns the first result and writes nothing.' })
  commandId?: string | null;

  @Field(() => String, { nullable: true, description: 'Why: mandatory for corrections and for changes after a decision.' })
  reason?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Business date when it differs from now (a committee held yesterday).' })
  effectiveAt?: string | null;
}

/** Every read takes a point in time (docs/design.md §5): a recorded instant or a global position; none means now. */
@ArgsType()
export class AsOfArgs {
  @Field(() => DateTimeScalar, { nullable: true, description: 'Answer as the platform knew it at this instant (recorded time).' })
  asOf?: string | null;

  @Field(() => Int, { nullable: true, description: 'Answer as of this global position of the event log.' })
  asOfPosition?: number | null;
}
