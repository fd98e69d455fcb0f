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
  /** Per type, the version its upcasters lead to: what new events of that type are written as. */
  private readonly latest = new Map<string, number>();

  constructor(upcasters: readonly Upcaster[] = []) {
    upcasters.forEach((upcaster) => this.register(upcaster));
  }

  register(upcaster: Upcaster): this {
    const key = `${upcaster.type}@${upcaster.fromVersion}`;
    if (this.byKey.has(key)) throw new Error(`upcaster for ${key} registered twice`);
    this.byKey.set(key, upcaster);
    this.latest.set(upcaster.type, Math.max(this.latest.get(upcaster.type) ?? 1, upcaster.fromVersion + 1));
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

  /**
   * The schemaVersion a new event of this type is written with: the version the upcasters of its type lead to
   * (1 without any). Writing the current shape under an older version would have it upcast a second time on read.
   */
  currentVersion(type: string): number {
    return this.latest.get(type) ?? 1;
  }

  get size(): number {
    return this.byKey.size;
  }
}

export const NO_UPCASTERS = new UpcasterRegistry();
