import { projectionCollection, type ReadDocument } from '@cdv/eventsourcing';
import { ProjectionRunner, type ProjectionRunnerOptions } from './projection-runner';

/** What the CLI renders as a progress bar. */
export interface RebuildProgress {
  projection: string;
  version: number;
  phase: 'building' | 'swapping' | 'done';
  /** Events read since the rebuild started. */
  done: number;
  /** done + events left up to the current head (counted from positions: exact on stores with contiguous positions). */
  total: number;
  /** Checkpoint of the new version. */
  position: number;
  head: number;
  ratePerSecond: number;
  /** null until a rate is known. */
  etaSeconds: number | null;
  elapsedMs: number;
}

export interface RebuildOptions<D extends ReadDocument = ReadDocument> extends Omit<ProjectionRunnerOptions<D>, 'activation' | 'onBatch'> {
  onProgress?(progress: RebuildProgress): void;
  /** At most one `building` report per interval (default 200 ms); the first, `swapping` and `done` are always sent. */
  progressIntervalMs?: number;
  /** Keep the new version's runner running after the swap (default true): it becomes the live runner. */
  keepRunning?: boolean;
  /** Drop the collections of the versions swapped out (default false: keep them for a rollback). */
  dropPrevious?: boolean;
  /**
   * Called with the runner as soon as it runs, before it has caught up: a process can list it (status, readiness,
   * stop at shutdown) while the rebuild goes on in the background (ADR 0012).
   */
  onStart?(runner: ProjectionRunner<D>): void;
}

export interface RebuildResult<D extends ReadDocument = ReadDocument> {
  /** The new version's runner: live when keepRunning, stopped otherwise. */
  runner: ProjectionRunner<D>;
  /** Checkpoint of the new version at the swap. */
  position: number;
  events: number;
  durationMs: number;
  ratePerSecond: number;
  /** Tenants whose pointer moved, and from which version (null: none). */
  swapped: Array<{ tenantId: string; from: number | null; to: number }>;
}

/**
 * Blue/green rebuild of a projection version (ADR 0003): builds `{name}_v{version}` for every tenant from its own
 * checkpoints (0 for a new version; an interrupted rebuild resumes) while queries keep resolving to the version
 * they serve, then, once caught up with the head, moves each tenant's active-version pointer in one write. New
 * events keep flowing through the same runner before, during and after the swap, so the result equals a fresh
 * catch-up however many events were appended meanwhile.
 */
export async function rebuildProjection<D extends ReadDocument>(options: RebuildOptions<D>): Promise<RebuildResult<D>> {
  const { projection, readStore, eventStore } = options;
  const now = options.now ?? Date.now;
  const interval = options.progressIntervalMs ?? 200;
  const started = now();
  let done = 0;
  let lastReport = -Infinity;
  let building = true;

  const progress = (phase: RebuildProgress['phase'], position: number, head: number): RebuildProgress => {
    const elapsedMs = Math.max(1, now() - started);
    const ratePerSecond = (done * 1000) / elapsedMs;
    const left = Math.max(0, head - position);
    return {
      projection: projection.name,
      version: projection.version,
      phase,
      done,
      total: done + left,
      position,
      head,
      ratePerSecond,
      etaSeconds: left === 0 ? 0 : ratePerSecond > 0 ? left / ratePerSecond : null,
      elapsedMs,
    };
  };
  const report = (phase: RebuildProgress['phase'], position: number, head: number, force = false) => {
    if (!options.onProgress || (!force && now() - lastReport < interval)) return;
    lastReport = now();
    options.onProgress(progress(phase, position, head));
  };

  const runner = new ProjectionRunner<D>({
    ...options,
    batchSize: options.batchSize ?? 5_000,
    activation: 'never',
    onBatch: (batch) => {
      if (!building) return; // the runner goes on live after the swap
      done = batch.checkpoint - from;
      report('building', batch.checkpoint, batch.head);
    },
  });
  // progress counts the log read (positions), not only the events of this projection's types
  const from = await readStore.globalCheckpoint(projectionCollection(projection));
  report('building', from, await eventStore.headPosition(), true);
  runner.start();
  options.onStart?.(runner);
  let position: number;
  try {
    position = await runner.whenCaughtUp();
  } catch (error) {
    building = false;
    await runner.stop();
    throw error;
  }

  building = false;
  done = position - from;
  report('swapping', position, runner.status().head, true);
  const swapped: RebuildResult['swapped'] = [];
  for (const tenantId of await readStore.tenants()) {
    const tenant = readStore.forTenant(tenantId);
    const from = await tenant.activeVersion(projection.name);
    if (from !== null && from >= projection.version) continue; // never moves a tenant back
    await tenant.setActiveVersion(projection.name, projection.version);
    swapped.push({ tenantId, from, to: projection.version });
  }
  // tenants whose first event comes after the swap get the new version with their first commit
  runner.setActivation('upgrade');
  if (options.dropPrevious) {
    for (const { tenantId, from } of swapped) {
      if (from !== null)
        await readStore
          .forTenant(tenantId)
          .collection(projectionCollection({ name: projection.name, version: from }))
          .drop();
    }
  }
  if (options.keepRunning === false) await runner.stop();

  const final = progress('done', position, position);
  options.onProgress?.(final);
  return { runner, position, events: done, durationMs: final.elapsedMs, ratePerSecond: final.ratePerSecond, swapped };
}

/**
 * What the platform calls at start for each projection: a plain runner when no tenant serves an older version
 * (fresh embedded store, or an unchanged version), a blue/green rebuild when the version was bumped. Resolves
 * with the live runner (after the rebuild, when there is one); `onStart` gets it as soon as it runs.
 */
export async function startProjection<D extends ReadDocument>(options: RebuildOptions<D>): Promise<ProjectionRunner<D>> {
  const { projection, readStore } = options;
  const tenants = await readStore.tenants();
  const versions = await Promise.all(tenants.map((tenant) => readStore.forTenant(tenant).activeVersion(projection.name)));
  if (versions.some((version) => version !== null && version < projection.version)) {
    return (await rebuildProjection({ ...options, keepRunning: true })).runner;
  }
  const runner = new ProjectionRunner<D>({ ...options, activation: 'upgrade' }).start();
  options.onStart?.(runner);
  return runner;
}
