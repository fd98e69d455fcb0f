import { parentPort, workerData } from 'node:worker_threads';

/**
 * A GraphQL load generator on its own thread, so that the clients' fetch and JSON work does not run on the event
 * loop of the server it measures (the benches start the app in-process). Each client sends its requests one after
 * the other; with `intervalMs` it sends them on a schedule (open loop) and latency counts from the scheduled time,
 * so that a slow server cannot hide its queue by delaying the clients (coordinated omission).
 */
export interface LoadPlan {
  url: string;
  clients: Array<{ token: string; tenant: string; bodies: string[] }>;
  /** null: closed loop, each client sends its next request as soon as it has the answer. */
  intervalMs: number | null;
}

export interface LoadResult {
  samples: number[];
  errors: number;
  firstError: string | null;
  durationMs: number;
}

async function run(plan: LoadPlan): Promise<LoadResult> {
  const samples: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  const started = performance.now();
  await Promise.all(
    plan.clients.map(async (client, index) => {
      // Open loop: clients start spread over one interval, as independent users would.
      const offset = plan.intervalMs === null ? 0 : (plan.intervalMs * index) / plan.clients.length;
      for (const [i, body] of client.bodies.entries()) {
        const due = started + offset + (plan.intervalMs ?? 0) * i;
        const wait = due - performance.now();
        if (plan.intervalMs !== null && wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        const t0 = plan.intervalMs === null ? performance.now() : due;
        let error: string | null = null;
        try {
          const response = await fetch(plan.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${client.token}`, 'x-tenant': client.tenant },
            body,
          });
          const json = (await response.json()) as { errors?: unknown[] };
          if (json.errors?.length) error = JSON.stringify(json.errors[0]);
        } catch (thrown) {
          error = (thrown as Error).message;
        }
        samples.push(performance.now() - t0);
        if (error) {
          errors += 1;
          firstError ??= error;
        }
      }
    }),
  );
  return { samples, errors, firstError, durationMs: performance.now() - started };
}

if (parentPort) {
  const port = parentPort;
  run(workerData as LoadPlan).then(
    (result) => port.postMessage(result),
    (error: unknown) => port.postMessage({ samples: [], errors: 1, firstError: String(error), durationMs: 0 } satisfies LoadResult),
  );
}
