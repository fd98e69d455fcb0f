import { projectionCollection, type Projection } from '@cdv/eventsourcing';
import { WaitForPositionTimeout } from './projection-errors';
import type { ProjectionLag, ProjectionRunner, ProjectionStatus } from './projection-runner';
import type { ReadStore } from './read-store.port';

/**
 * The runners of a process, by projection name: what the platform starts and stops with the application, reads
 * statuses and lags from (metrics, GraphQL), and waits on for read-your-writes. A runner stopping on a poison
 * event stops alone; the others keep running.
 */
export class ProjectionRunners {
  private readonly runners = new Map<string, ProjectionRunner>();

  constructor(runners: Iterable<ProjectionRunner> = []) {
    for (const runner of runners) this.add(runner);
  }

  /** Adds or replaces (after a rebuild) the runner of a projection; returns the one it replaced. */
  add(runner: ProjectionRunner): ProjectionRunner | undefined {
    const previous = this.runners.get(runner.name);
    this.runners.set(runner.name, runner);
    return previous;
  }

  get(name: string): ProjectionRunner {
    const runner = this.runners.get(name);
    if (!runner) throw new Error(`no projection runner named "${name}" (known: ${[...this.runners.keys()].join(', ') || 'none'})`);
    return runner;
  }

  list(): ProjectionRunner[] {
    return [...this.runners.values()];
  }

  startAll(): void {
    for (const runner of this.runners.values()) runner.start();
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.runners.values()].map((runner) => runner.stop()));
  }

  statuses(): ProjectionStatus[] {
    return this.list().map((runner) => runner.status());
  }

  lags(): Promise<ProjectionLag[]> {
    return Promise.all(this.list().map((runner) => runner.lag()));
  }

  /** Read-your-writes over several read models (all of them when `names` is omitted). */
  waitForPosition(names: string | readonly string[] | undefined, position: number, timeoutMs: number): Promise<void> {
    const selected = names === undefined ? this.list() : (typeof names === 'string' ? [names] : names).map((name) => this.get(name));
    return waitForPosition(selected, position, timeoutMs);
  }
}

/**
 * Resolves when every runner has checkpointed at or past `position` (a command's `lastPosition`), so a mutation
 * can answer with data that includes its own write. Rejects with WaitForPositionTimeout naming the read model
 * that lagged, or at once with ProjectionUnavailable when one is stopped on a poison event.
 */
export async function waitForPosition(runners: readonly ProjectionRunner[], position: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  // sequential on purpose: each wait gets what is left of the budget, and the error names the first laggard
  for (const runner of runners) await runner.waitForPosition(position, Math.max(0, deadline - Date.now()));
}

/**
 * Read-your-writes when the runners live in another process (distributed topology): polls the global
 * checkpoints in the read store's system area.
 */
export async function waitForCheckpoint(
  readStore: ReadStore,
  projections: ReadonlyArray<Pick<Projection, 'name' | 'version'>>,
  position: number,
  timeoutMs: number,
  pollMs = 25,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (const projection of projections) {
    const name = projectionCollection(projection);
    for (;;) {
      const checkpoint = await readStore.globalCheckpoint(name);
      if (checkpoint >= position) break;
      const left = deadline - Date.now();
      if (left <= 0) throw new WaitForPositionTimeout(projection.name, position, checkpoint, timeoutMs);
      await new Promise((resolve) => setTimeout(resolve, Math.min(pollMs, left)));
    }
  }
}
