/** Lets live subscriptions sleep until the next append in this process (or a timeout, for other writers). */
export class Wakeup {
  private waiters: Array<() => void> = [];
  private notifications = 0;

  /** Counts notifications, so a consumer can tell whether one came while it was busy reading. */
  get generation(): number {
    return this.notifications;
  }

  notify(): void {
    this.notifications += 1;
    const waiters = this.waiters;
    this.waiters = [];
    waiters.forEach((wake) => wake());
  }

  /** With `since` (a generation read before the consumer's last read), returns at once if a notify came since. */
  wait(timeoutMs: number, since?: number): Promise<void> {
    if (since !== undefined && since !== this.notifications) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, timeoutMs);
      const waiter = () => {
        clearTimeout(timer);
        resolve();
      };
      function done() {
        resolve();
      }
      timer.unref?.();
      this.waiters.push(waiter);
    });
  }
}
