import { CommandHandler, type Actor, type EventSource, type EventStore, type Refusal } from '@cdv/eventsourcing';
import { sceauDecider, sceauxStream, StreamHeads, type PoserSceau, type SceauPoseData, type StreamHead } from '@cdv/domain-audit';
import { checkTenant, readTenantLog } from './tenant-log';
import { creerCommandHandler } from '@cdv/platform';

export type SealOutcome =
  | { ok: true; sealed: true; seal: SceauPoseData; eventId: string; revision: number; position: number }
  /** Nothing new since the last seal (or an empty workspace): nothing was appended. */
  | { ok: true; sealed: false; position: number }
  | { ok: false; refusal: Refusal };

export interface SealOptions {
  reason?: string;
  correlationId?: string;
  source?: EventSource;
}

/** The actor of scheduled seals. */
export const SEALING_ACTOR: Actor = { userId: 'system:sceaux', role: 'system' };

/**
 * Seals a tenant (docs/design.md §5): reads the heads of all its streams, then appends `PoserSceau` through the
 * command handler, so the decider decides (roles, no-op, position order) and the seal stream's revision check
 * serialises concurrent sealers. Heads are cached per tenant and brought up to date incrementally, so an hourly
 * seal reads only what was appended since the last one.
 */
export class SealingService {
  private readonly handler: CommandHandler;
  private readonly clock: () => Date;
  private readonly heads = new Map<string, StreamHeads>();
  private readonly locks = new Map<string, Promise<unknown>>();

  constructor(
    private readonly store: EventStore,
    options: { commandHandler?: CommandHandler; clock?: () => Date } = {},
  ) {
    this.handler = options.commandHandler ?? creerCommandHandler(store);
    this.clock = options.clock ?? (() => new Date());
  }

  /** The heads of every stream of the tenant but the seal stream, and the position they were read at. */
  currentHeads(tenant: string): Promise<{ position: number; heads: StreamHead[] }> {
    checkTenant(tenant);
    return this.exclusive(tenant, async () => {
      const heads = await this.catchUp(tenant);
      return { position: heads.position, heads: heads.list() };
    });
  }

  seal(tenant: string, actor: Actor, options: SealOptions = {}): Promise<SealOutcome> {
    checkTenant(tenant);
    return this.exclusive(tenant, async () => {
      const heads = await this.catchUp(tenant);
      const command: PoserSceau = {
        type: 'PoserSceau',
        data: { position: heads.position, tetes: heads.list() },
        metadata: {
          tenantId: tenant,
          actor,
          source: options.source ?? (actor.role === 'system' ? 'system' : 'api'),
          now: this.clock().toISOString(),
          ...(options.reason ? { reason: options.reason } : {}),
          ...(options.correlationId ? { correlationId: options.correlationId } : {}),
        },
      };
      // The heads are read from the log, not sent by anyone: a workspace may have far more streams than a caller's list.
      const result = await this.handler.handle(sceauDecider, { stream: sceauxStream(tenant), command, boundedData: false });
      if (!result.ok) return { ok: false, refusal: result.refusal };
      const event = result.events[result.events.length - 1];
      if (!event) return { ok: true, sealed: false, position: heads.position };
      return { ok: true, sealed: true, seal: event.data, eventId: event.id, revision: event.revision, position: event.position };
    });
  }

  private async catchUp(tenant: string): Promise<StreamHeads> {
    const heads = this.heads.get(tenant) ?? new StreamHeads();
    this.heads.set(tenant, heads);
    // Seal events are read again (they come after the last head) but StreamHeads ignores them.
    for await (const page of readTenantLog(this.store, tenant, { after: heads.position })) {
      for (const event of page) if (event.stream.startsWith(`${tenant}:`)) heads.apply(event);
    }
    return heads;
  }

  /** One catch-up at a time per tenant: two interleaved ones could apply an older head over a newer one. */
  private exclusive<T>(tenant: string, work: () => Promise<T>): Promise<T> {
    const previous = this.locks.get(tenant) ?? Promise.resolve();
    const next = previous.then(work, work);
    const settled = next.catch(() => undefined);
    this.locks.set(tenant, settled);
    void settled.then(() => {
      if (this.locks.get(tenant) === settled) this.locks.delete(tenant);
    });
    return next;
  }
}

export interface SealScheduleOptions {
  /** `SEAL_INTERVAL_MINUTES` (PlatformConfig.sealIntervalMinutes); 0 turns the schedule off. */
  intervalMinutes: number;
  /** The tenants to seal at each tick (read again each time: workspaces come and go). */
  tenants: () => readonly string[] | Promise<readonly string[]>;
  actor?: Actor;
  onSealed?: (tenant: string, outcome: SealOutcome) => void;
  onError?: (tenant: string | null, error: unknown) => void;
  /** Overrides intervalMinutes (tests). */
  intervalMs?: number;
}

export interface SealSchedule {
  readonly active: boolean;
  /** Seals every tenant now (also what each tick does); resolves when done. */
  runNow(): Promise<void>;
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * Periodic seals. A tick that finds the previous one still running is skipped, so a slow store never piles
 * runs up. The timer is unref'd: it never keeps a process alive on its own.
 */
export function startSealSchedule(service: Pick<SealingService, 'seal'>, options: SealScheduleOptions): SealSchedule {
  const intervalMs = options.intervalMs ?? options.intervalMinutes * 60_000;
  const actor = options.actor ?? SEALING_ACTOR;
  let running: Promise<void> | null = null;
  const run = async () => {
    let tenants: readonly string[];
    try {
      tenants = await options.tenants();
    } catch (error) {
      options.onError?.(null, error);
      return;
    }
    for (const tenant of tenants) {
      try {
        const outcome = await service.seal(tenant, actor, { source: 'system' });
        options.onSealed?.(tenant, outcome);
      } catch (error) {
        options.onError?.(tenant, error);
      }
    }
  };
  const runNow = () => {
    running ??= run().finally(() => {
      running = null;
    });
    return running;
  };
  if (!(intervalMs > 0)) {
    return { active: false, runNow, stop: async () => undefined };
  }
  const timer = setInterval(() => {
    if (!running) void runNow();
  }, intervalMs);
  timer.unref?.();
  let active = true;
  return {
    get active() {
      return active;
    },
    runNow,
    async stop() {
      active = false;
      clearInterval(timer);
      await running;
    },
  };
}
