import { Module } from '@nestjs/common';
import type { Projection, ReadDocument } from '@cdv/eventsourcing';
import { ProjectionCatalog } from '@cdv/platform';
import { PROJECTIONS_RAPPORT } from '@cdv/projections-rapport';

/**
 * Registers the rapport annuel read models (`rapports`, `dispositifs`): imported by the apps that serve or run them
 * (standalone, the programmation service, the projector); as-of views are built from the same catalogue.
 */
@Module({})
export class RapportReadModelsModule {
  constructor(catalog: ProjectionCatalog) {
    catalog.register(...(PROJECTIONS_RAPPORT as unknown as ReadonlyArray<Projection<ReadDocument>>));
  }
}
