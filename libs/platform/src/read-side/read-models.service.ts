import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { projectionCollection, type EventStore, type Projection, type ReadDocument } from '@cdv/eventsourcing';
import { ApiError } from '@cdv/graphql-common';
import {
  AsOfReader,
  backoffDelay,
  InterruptibleSleep,
  InvalidAsOf,
  measureLag,
  ProjectionRunners,
  ProjectionUnavailable,
  startProjection,
  streamFrom,
  waitForCheckpoint,
  WaitForPositionTimeout,
  type AnyReadDocument,
  type ProjectionLag,
  type ProjectionStatus,
  type ReadModelQueries,
  type ReadModels,
  type ReadStore,
  type RebuildProgress,
} from '@cdv/read-store';
import type { PlatformConfig } from '../config';
import { ReadinessService } from '../health';
import { JsonLogger } from '../logger';
import { projectionLagEvents, projectionLagSeconds } from '../metrics';
import { EVENT_STORE, PLATFORM_CONFIG, READ_STORE } from '../tokens';
import { ProjectionCatalog } from './projection-catalog';

/** When to read: now, at a recorded instant, or at a global position (docs/design.md §5). */
export interface ReadPoint {
  asOf?: string | null;
  asOfPosition?: number | null;
}

export interface ProjectionOverview {
  name: string;
  version: number;
  state: string;
  checkpoint: number;
  head: number;
  /** Estimated from positions when the runner is in another process. */
  eventsBehind: number;
  secondsBehind: number | null;
  problem: string | null;
}

/** A read model whose as-of state is built on the first query (a request often needs one or two of twelve). */
function lazyReadModel<D extends ReadDocument>(load: () => Promise<ReadModelQueries<AnyReadDocument>>): ReadModelQueries<D> {
  const queries = () => load() as unknown as Promise<ReadModelQueries<D>>;
  return {
    find: async (filter, options) => (await queries()).find(filter, options),
    findOne: async (filter, options) => (await queries()).findOne(filter, options),
    count: async (filter) => (await queries()).count(filter),
    stream: (filter, options) => streamFrom(async () => (await queries()).stream(filter, options)),
    aggregate: async (pipeline) => (await queries()).aggregate(pipeline),
  };
}

async function asOfErrors<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof InvalidAsOf) throw new ApiError('VALIDATION_FAILED', error.message, { field: 'asOf' });
    throw error;
  }
}

/** How long a mutation waits for its write to be projected before answering (read-your-writes). */
const READ_YOUR_WRITES_MS = 5_000;

/**
 * The read side of a process: runs the projections (when configured to), and gives resolvers the read models
 * of their tenant, live or as of a past instant, through the same query interface.
 */
@Injectable()
export class ReadModelsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly runners = new ProjectionRunners();
  /** Blue/green rebuilds in progress, by read model: their last progress report (readiness shows it). */
  private readonly rebuilding = new Map<string, RebuildProgress>();
  /** Read models whose runner could not be started yet (the read store unreachable at start): why. */
  private readonly notStarted = new Map<string, string>();
  private readonly sleeper = new InterruptibleSleep();
  private starting: Promise<void> = Promise.resolve();
  private asOfReader: AsOfReader | null = null;
  private lagTimer: ReturnType<typeof setInterval> | null = null;
  private asOfWarming: Promise<void> = Promise.resolve();
  private stopping = false;

  constructor(
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    private readonly catalog: ProjectionCatalog,
    private readonly readiness: ReadinessService,
    private readonly logger: JsonLogger,
  ) {}

  /**
   * Starts the runners without waiting for them: a catch-up or a blue/green rebuild over a long history runs in
   * the background while the process listens, so `/health/live` answers throughout and `/health/ready` says what
   * is being built (ADR 0012). Nothing here awaits more than the head position.
   */
  async onApplicationBootstrap(): Promise<void> {
    this.asOfReader = new AsOfReader({ eventStore: this.eventStore, projections: this.catalog.list() });
    if (!this.config.runProjections) {
      this.asOfWarming = this.warmAsOf(0);
      return;
    }
    // Ready once every read model has caught up with the log as it was at start, and while none is poisoned.
    const startHead = await this.eventStore.headPosition();
    this.readiness.register('projections', async () => this.projectionsProblem(startHead));
    this.starting = Promise.all(this.catalog.list().map((projection) => this.startRunner(projection))).then(() => undefined);
    this.asOfWarming = this.warmAsOf(startHead);
    this.lagTimer = setInterval(() => void this.publishLag(), 5_000);
    this.lagTimer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    this.sleeper.wake();
    if (this.lagTimer) clearInterval(this.lagTimer);
    await this.runners.stopAll();
    await this.starting;
    await this.readStore.close();
  }

  /** Settles once every runner of this process is started, and every rebuild at start swapped (or stopped). */
  whenStarted(): Promise<void> {
    return this.starting;
  }

  /**
   * One projection's runner: a plain one, or a blue/green rebuild when a tenant serves an older version. The runner
   * is listed as soon as it runs (status, readiness, shutdown). A start that fails before any runner exists (the
   * read store unreachable) is tried again with backoff; a rebuild stopped on a poison event stays listed as such.
   */
  private async startRunner(projection: Projection<ReadDocument>): Promise<void> {
    const logger = {
      warn: (message: string) => this.logger.event('warn', message, { component: 'projections' }),
      error: (message: string) => this.logger.event('error', message, { component: 'projections' }),
    };
    for (let attempt = 1; !this.stopping; attempt++) {
      let started = false;
      try {
        const runner = await startProjection({
          eventStore: this.eventStore,
          readStore: this.readStore,
          projection,
          logger,
          onStart: (runner) => {
            started = true;
            this.notStarted.delete(projection.name);
            this.runners.add(runner);
            if (this.stopping) void runner.stop();
          },
          onPoison: (poison) => this.logger.event('error', 'projection stopped on a poison event', { ...poison }),
          onProgress: (progress) => {
            if (progress.phase === 'done') this.rebuilding.delete(projection.name);
            else this.rebuilding.set(projection.name, progress);
            this.logger.event('info', 'projection rebuild', { ...progress });
          },
        });
        this.runners.add(runner);
        return;
      } catch (error) {
        this.rebuilding.delete(projection.name);
        if (this.stopping) return;
        if (started) {
          this.logger.event('error', 'projection rebuild stopped', { projection: projection.name, error: (error as Error).message });
          return;
        }
        this.notStarted.set(projection.name, (error as Error).message);
        this.logger.event('warn', 'projection not started, trying again', { projection: projection.name, attempt, error: (error as Error).message });
        await this.sleeper.sleep(backoffDelay(attempt));
      }
    }
  }

  /** What keeps this process from being ready on the read side; null when every read model has caught up. */
  private projectionsProblem(startHead: number): string | null {
    const statuses = this.runners.statuses();
    const blocked = statuses.filter((status) => status.state === 'poisoned' || status.state === 'failed');
    if (blocked.length > 0) return `stopped: ${blocked.map((status) => status.name).join(', ')}`;
    const problems: string[] = [];
    if (this.notStarted.size > 0) problems.push(`not started: ${[...this.notStarted].map(([name, error]) => `${name} (${error})`).join(', ')}`);
    const waiting = this.catalog
      .list()
      .filter((projection) => !this.notStarted.has(projection.name) && !statuses.some((status) => status.name === projection.name));
    if (waiting.length > 0) problems.push(`starting: ${waiting.map((projection) => projection.name).join(', ')}`);
    if (this.rebuilding.size > 0) {
      const rebuilds = [...this.rebuilding.values()].map(
        (progress) =>
          `${progress.projection} v${progress.version} ${progress.total > 0 ? Math.floor((100 * progress.done) / progress.total) : 0} % of the log read`,
      );
      problems.push(`rebuilding: ${rebuilds.join(', ')}`);
    }
    const behind = statuses.filter((status) => status.checkpoint < startHead && !this.rebuilding.has(status.name));
    if (behind.length > 0) problems.push(`catching up: ${behind.map((status) => status.name).join(', ')}`);
    return problems.length > 0 ? problems.join('; ') : null;
  }

  /** Settles when the as-of histories of AS_OF_WARM are prepared for every workspace (or could not be). */
  whenAsOfWarm(): Promise<void> {
    return this.asOfWarming;
  }

  /** The position up to which the tenant's as-of history is prepared (0: none yet). */
  asOfPreparedUpTo(tenantId: string): number {
    return this.reader().preparedUpTo(tenantId);
  }

  /**
   * Prepares the as-of history of the AS_OF_WARM read models for each workspace, in the background, once the
   * runners of this process have caught up with `startHead` (when the workspaces are known): the first as-of
   * query of an auditor then replays a few events from the nearest snapshot instead of the whole history.
   */
  private async warmAsOf(startHead: number): Promise<void> {
    const known = new Set(this.catalog.list().map((projection) => projection.name));
    const names = this.config.asOfWarm.filter((name) => known.has(name));
    const unknown = this.config.asOfWarm.filter((name) => !known.has(name));
    if (unknown.length > 0) this.logger.event('warn', 'AS_OF_WARM names read models this process does not serve; ignored', { unknown, known: [...known] });
    if (names.length === 0) return;
    try {
      await this.starting;
      while (
        !this.stopping &&
        this.runners.statuses().some((status) => status.checkpoint < startHead && status.state !== 'poisoned' && status.state !== 'failed')
      ) {
        await new Promise((resolve) => setTimeout(resolve, 200).unref());
      }
      for (const tenant of await this.tenants()) {
        if (this.stopping) return;
        const started = Date.now();
        await this.reader().warm(tenant, names);
        this.logger.event('info', 'as-of history prepared', { tenant, readModels: names, upTo: this.reader().preparedUpTo(tenant), ms: Date.now() - started });
      }
    } catch (error) {
      if (!this.stopping) this.logger.event('warn', 'as-of history not prepared; the first as-of query will read it', { error: (error as Error).message });
    }
  }

  /**
   * The tenant's read models now, or as of a past point (rebuilt by the same projection code). A request that will
   * read several read models as of a point names them (`readModels`): they are rebuilt in one pass over the log.
   */
  async at(tenantId: string, point: ReadPoint = {}, options: { readModels?: readonly string[] } = {}): Promise<ReadModels & { position?: number }> {
    if (point.asOf && point.asOfPosition !== undefined && point.asOfPosition !== null) {
      throw new ApiError('VALIDATION_FAILED', 'give asOf or asOfPosition, not both', { field: 'asOf' });
    }
    if (!point.asOf && (point.asOfPosition === undefined || point.asOfPosition === null)) return this.readStore.forTenant(tenantId);
    if (point.asOfPosition !== undefined && point.asOfPosition !== null && (!Number.isInteger(point.asOfPosition) || point.asOfPosition < 0)) {
      throw new ApiError('VALIDATION_FAILED', 'asOfPosition must be a position (a whole number ≥ 0)', { field: 'asOfPosition' });
    }
    return asOfErrors(async () => {
      const reader = this.reader();
      // One position for every read model of the request, so they agree; each is built only when first queried.
      const position = point.asOf ? await reader.resolvePosition(tenantId, point.asOf) : (point.asOfPosition as number);
      const views = new Map<string, Promise<ReadModelQueries<AnyReadDocument>>>();
      if (options.readModels && options.readModels.length > 1) {
        const names = options.readModels;
        const together = await asOfErrors(() => reader.at(tenantId, { position }, names));
        for (const name of names) views.set(name, Promise.resolve(together.readModel(name)));
      }
      const view = (name: string) => {
        if (!views.has(name))
          views.set(
            name,
            asOfErrors(() => reader.readModel(name, tenantId, { position })),
          );
        return views.get(name) as Promise<ReadModelQueries<AnyReadDocument>>;
      };
      return {
        position,
        readModel: <D extends ReadDocument = AnyReadDocument>(name: string): ReadModelQueries<D> => lazyReadModel<D>(() => view(name)),
      };
    });
  }

  /**
   * Read-your-writes: waits until the read models include `position` (a command's last position), so that a
   * frontend reading right after a mutation sees it. In-process runners are awaited; otherwise the projector's
   * checkpoints are polled. True when they include it; false when the wait gave up (the write is stored).
   */
  async afterWrite(position: number, eventTypes?: readonly string[]): Promise<boolean> {
    if (position <= 0) return true;
    // Only the read models that read what was written: the others have nothing to show for it.
    const concerned = this.catalog.list().filter((projection) => !eventTypes || projection.eventTypes.some((type) => eventTypes.includes(type)));
    if (concerned.length === 0) return true;
    try {
      if (this.config.runProjections) {
        const running = new Set(this.runners.list().map((runner) => runner.name));
        const names = concerned.map((projection) => projection.name).filter((name) => running.has(name));
        if (names.length > 0) await this.runners.waitForPosition(names, position, READ_YOUR_WRITES_MS);
      } else {
        await waitForCheckpoint(this.readStore, concerned, position, READ_YOUR_WRITES_MS);
      }
      return true;
    } catch (error) {
      // The write is stored; only its projection is late or blocked. The caller still gets its payload.
      if (error instanceof WaitForPositionTimeout || error instanceof ProjectionUnavailable) {
        this.logger.event('warn', 'read model behind a write', { position, error: error.message });
        return false;
      }
      throw error;
    }
  }

  /** Workspaces that have read models (every tenant whose events were projected). */
  tenants(): Promise<string[]> {
    return this.readStore.tenants();
  }

  statuses(): ProjectionStatus[] {
    return this.runners.statuses();
  }

  /**
   * Where each read model stands against the log: from the in-process runners when this process runs them,
   * else from the checkpoints the projector stored (the same answer from any process of the deployment).
   */
  async overview(): Promise<ProjectionOverview[]> {
    const head = await this.eventStore.headPosition();
    if (this.config.runProjections) {
      const lags = new Map((await this.runners.lags()).map((lag) => [lag.name, lag]));
      return this.runners.statuses().map((status) => ({
        name: status.name,
        version: status.version,
        state: status.state,
        checkpoint: status.checkpoint,
        head,
        eventsBehind: lags.get(status.name)?.eventsBehind ?? 0,
        secondsBehind: lags.get(status.name)?.secondsBehind ?? null,
        problem: status.poison
          ? `poison event ${status.poison.eventId} at position ${status.poison.position}: ${status.poison.message}`
          : (status.lastError ??
            (status.refusedTenants
              ? status.refusedTenants
                  .map((refused) => `tenant ${refused.tenantId} skipped from position ${refused.firstPosition}: ${refused.reason}`)
                  .join('; ')
              : null)),
      }));
    }
    // positions are byte offsets on KurrentDB: the events behind are counted (then estimated), not subtracted
    const lags = new Map<number, ReturnType<typeof measureLag>>();
    const lagAt = (checkpoint: number) => {
      const lag = lags.get(checkpoint) ?? measureLag(this.eventStore, checkpoint);
      lags.set(checkpoint, lag);
      return lag;
    };
    return Promise.all(
      this.catalog.list().map(async (projection) => {
        const checkpoint = await this.readStore.globalCheckpoint(projectionCollection(projection));
        const lag = await lagAt(checkpoint);
        return {
          name: projection.name,
          version: projection.version,
          state: checkpoint >= head ? 'live' : 'catching-up',
          checkpoint,
          head,
          eventsBehind: lag.eventsBehind,
          secondsBehind: lag.secondsBehind,
          problem: null,
        };
      }),
    );
  }

  lags(): Promise<ProjectionLag[]> {
    return this.runners.lags();
  }

  private reader(): AsOfReader {
    if (!this.asOfReader) throw new Error('read side not started');
    return this.asOfReader;
  }

  private async publishLag(): Promise<void> {
    for (const lag of await this.runners.lags()) {
      projectionLagEvents.labels(lag.name).set(lag.eventsBehind);
      projectionLagSeconds.labels(lag.name).set(lag.secondsBehind);
    }
  }
}
