import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { LoadPlan, LoadResult } from './http-load.worker';

/** Latency figures of request/response benches: percentiles over every sample, rates over the wall clock. */
export interface LatencyReport {
  count: number;
  errors: number;
  firstError: string | null;
  durationMs: number;
  ratePerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * `clients` concurrent loops, each running `perClient` requests one after the other (a client waits for its
 * answer before sending the next, as a browser tab does). `work` throws or returns an error text on failure.
 */
export function summarize({ samples, errors, firstError, durationMs }: LoadResult): LatencyReport {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    count: sorted.length,
    errors,
    firstError,
    durationMs,
    ratePerSecond: (sorted.length / durationMs) * 1000,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1],
  };
}

/** Runs a load plan on a worker thread (compiled beside this file) and summarises its samples. */
export function loadFromWorker(plan: LoadPlan): Promise<LatencyReport> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(__dirname, 'http-load.worker.js'), { workerData: plan });
    worker.once('message', (result: LoadResult) => {
      void worker.terminate();
      resolve(summarize(result));
    });
    worker.once('error', reject);
  });
}

export async function concurrently(
  clients: number,
  perClient: number,
  work: (client: number, index: number) => Promise<string | null>,
): Promise<LatencyReport> {
  const samples: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let index = 0; index < perClient; index++) {
        const t0 = process.hrtime.bigint();
        let error: string | null;
        try {
          error = await work(client, index);
        } catch (thrown) {
          error = (thrown as Error).message;
        }
        samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
        if (error) {
          errors += 1;
          firstError ??= error;
        }
      }
    }),
  );
  return summarize({ samples, errors, firstError, durationMs: Number(process.hrtime.bigint() - started) / 1e6 });
}

export function ms(value: number): string {
  return value < 10 ? value.toFixed(1) : value.toFixed(0);
}

/** Waits until the app says it is ready (its read models caught up with the log as it was at start). */
export async function waitReady(graphqlUrl: string, timeoutMs = 600_000): Promise<number> {
  const url = graphqlUrl.replace(/\/graphql$/, '/health/ready');
  const started = Date.now();
  for (;;) {
    let problem: string;
    try {
      const response = await fetch(url);
      if (response.ok) return Date.now() - started;
      problem = await response.text();
    } catch (error) {
      // a kept-alive connection the busy server closed meanwhile (ECONNRESET): ask again on a new one
      problem = (error as Error).message;
    }
    if (Date.now() - started > timeoutMs) throw new Error(`not ready after ${timeoutMs} ms: ${problem}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
