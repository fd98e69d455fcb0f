import { Injectable } from '@nestjs/common';
import type { Projection, ReadDocument } from '@cdv/eventsourcing';

/**
 * The read models of this process. Context modules register theirs when they are built; the platform starts
 * their runners (when this process runs projections) and builds as-of views from the same list.
 */
@Injectable()
export class ProjectionCatalog {
  private readonly projections = new Map<string, Projection<ReadDocument>>();

  register(...projections: ReadonlyArray<Projection<ReadDocument>>): void {
    for (const projection of projections) {
      const known = this.projections.get(projection.name);
      if (known && known !== projection) throw new Error(`two projections are named "${projection.name}"`);
      this.projections.set(projection.name, projection);
    }
  }

  list(): Projection<ReadDocument>[] {
    return [...this.projections.values()];
  }

  get(name: string): Projection<ReadDocument> {
    const projection = this.projections.get(name);
    if (!projection) throw new Error(`no read model named "${name}"`);
    return projection;
  }
}
