import type { RecordedEvent } from './envelope';

/**
 * Events are forever: a stored event is never rewritten. When a payload changes shape we bump its
 * schemaVersion and register an upcaster that turns version n into n+1 when the event is read.
 */
export interface Upcaster {
  type: string;
  fromVersion: number;
  upcast(data: unknown, event: RecordedEvent): unknown;
}

export class UpcasterRegistry {
  private readonly byKey = new Map<string, Upcaster>();

  constructor(upcasters: readonly Upcaster[] = []) {
    upcasters.forEach((upcaster) => this.register(upcaster));
  }

  register(upcaster: Upcaster): this {
    const key = `${upcaster.type}@${upcaster.fromVersion}`;
    if (this.byKey.has(key)) throw new Error(`upcaster for ${key} registered twice`);
    this.byKey.set(key, upcaster);
    return this;
  }

  /** Applies upcasters until no more apply; the hash stays the stored one (it covers the stored bytes). */
  upcast<E extends RecordedEvent>(event: E): E {
    let current: RecordedEvent = event;
    for (;;) {
      const upcaster = this.byKey.get(`${current.type}@${current.schemaVersion}`);
      if (!upcaster) return current as E;
      current = { ...current, data: upcaster.upcast(current.data, current), schemaVersion: current.schemaVersion + 1 };
    }
  }

  get size(): number {
    return this.byKey.size;
  }
}

export const NO_UPCASTERS = new UpcasterRegistry();
