/** The event a projection stopped on: its `evolve` (or `documentIds`) threw. Nothing at or after it was applied. */
export interface PoisonEvent {
  projection: string;
  version: number;
  position: number;
  eventId: string;
  eventType: string;
  stream: string;
  tenantId: string;
  message: string;
}

/** waitForPosition gave up: the read model had not caught up with the position in time. */
export class WaitForPositionTimeout extends Error {
  override readonly name = 'WaitForPositionTimeout';
  constructor(
    readonly projection: string,
    readonly position: number,
    readonly checkpoint: number,
    readonly timeoutMs: number,
  ) {
    super(`read model "${projection}" did not reach position ${position} within ${timeoutMs} ms (it is at ${checkpoint})`);
  }
}

/** The projection cannot progress until an operator acts: stopped on a poison event, or failed on a store error. */
export class ProjectionUnavailable extends Error {
  override readonly name = 'ProjectionUnavailable';
  constructor(
    readonly projection: string,
    readonly reason: string,
    readonly poison?: PoisonEvent,
  ) {
    super(`projection "${projection}" is unavailable: ${reason}`);
  }
}

export function describePoison(poison: PoisonEvent): string {
  return `stopped on poison event ${poison.eventId} (${poison.eventType}, stream ${poison.stream}) at position ${poison.position}: ${poison.message}`;
}
