export interface RetryPolicy {
  /** Attempts per failing step before the runner gives up (state `failed`); default: retry forever. */
  maxAttempts?: number;
  /** First delay; doubles at each attempt (default 100 ms). */
  initialDelayMs?: number;
  /** Ceiling of the delay (default 30 s). */
  maxDelayMs?: number;
}

/** Exponential backoff with ±20 % jitter, so that projectors restarted together do not retry in lockstep. */
export function backoffDelay(attempt: number, policy: RetryPolicy = {}): number {
  const initial = policy.initialDelayMs ?? 100;
  const ceiling = policy.maxDelayMs ?? 30_000;
  const base = Math.min(ceiling, initial * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.8 + Math.random() * 0.4));
}

/** A sleep that `wake()` ends early (a runner being stopped should not wait out its backoff). */
export class InterruptibleSleep {
  private wakers = new Set<() => void>();

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakers.add(done);
    });
  }

  wake(): void {
    for (const wake of [...this.wakers]) wake();
  }
}
