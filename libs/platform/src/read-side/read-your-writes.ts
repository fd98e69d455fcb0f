import { Inject, Injectable } from '@nestjs/common';
import type { EventStore } from '@cdv/eventsourcing';
import { GraphQLError } from 'graphql';
import { EVENT_STORE } from '../tokens';
import { ReadModelsService } from './read-models.service';

/** Sent by a client (or the gateway): "my last write is at this position of the log; read after it". */
export const READ_AFTER_HEADER = 'x-read-after';
/** Answered to a mutation: the position of the workspace's log after it (at or past the mutation's own events). */
export const WRITE_POSITION_HEADER = 'x-write-position';

/** The position a request asks to read after, or null; anything but a whole number is the client's mistake. */
export function readAfterPosition(headers: Record<string, string | string[] | undefined>): number | null {
  const given = headers[READ_AFTER_HEADER];
  const value = Array.isArray(given) ? given[0] : given;
  if (value === undefined || value === '') return null;
  if (!/^\d{1,15}$/.test(value)) {
    throw new GraphQLError(`X-Read-After must be a position of the log (a whole number), as answered in X-Write-Position or a payload's position`, {
      extensions: { code: 'VALIDATION_FAILED', field: 'X-Read-After', http: { status: 400 } },
    });
  }
  return Number(value);
}

/**
 * Read-your-writes across processes (issue 12, item 6). A write through one service is projected by every other
 * process at its own pace; a request that names the position of its caller's last write waits here, bounded by
 * ReadModelsService.afterWrite, until this process's read models include it, and then reads or decides. A
 * position beyond the log's head (a client's error, or a hostile one) is waited for only up to the head.
 */
@Injectable()
export class ReadYourWrites {
  /** Every read model of this process includes the log up to here (checkpoints only grow): no need to ask again. */
  private included = 0;

  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    private readonly readModels: ReadModelsService,
  ) {}

  async waitFor(position: number): Promise<void> {
    if (position <= this.included) return;
    const target = Math.min(position, await this.eventStore.headPosition());
    if (await this.readModels.afterWrite(target)) this.included = Math.max(this.included, target);
  }

  /** Where the workspace's log stands: after a mutation, at or past what it wrote. */
  writePosition(tenantId: string): Promise<number> {
    return this.eventStore.headPosition({ tenant: tenantId });
  }
}
