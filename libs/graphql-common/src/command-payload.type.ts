import { Directive, Field, Int, ObjectType } from '@nestjs/graphql';

/** What every mutation returns (docs/design.md §8): the new revision to send as the next expectedRevision. */
@ObjectType({ description: 'Result of a command: the stream written and its new revision.' })
@Directive('@shareable')
export class CommandPayload {
  @Field({ description: 'The aggregate the command was applied to, e.g. "dossier-…".' })
  streamId: string;

  @Field({ description: 'Id of the aggregate (dossier, appel, QPV…).' })
  id: string;

  @Field(() => Int, { description: 'Revision after the command: pass it as expectedRevision next time.' })
  revision: number;

  @Field(() => Int, { description: 'Global position of the last event written (0 when nothing was written).' })
  position: number;

  @Field(() => Int, { description: 'Number of events appended by this call (0 for a replayed commandId).' })
  eventsAppended: number;

  @Field({ description: 'True when this commandId had already been handled: the first result is returned.' })
  replayed: boolean;

  @Field(() => [String], { description: 'Types of the events recorded.' })
  eventTypes: string[];
}
