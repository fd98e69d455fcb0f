import { Module } from '@nestjs/common';
import type { Projection, ReadDocument } from '@cdv/eventsourcing';
import { ProjectionCatalog } from '@cdv/platform';
import { PROJECTIONS_TERRITOIRE } from '@cdv/projections-territoire';

/** Registers the territoire read models: imported by the apps that serve or run them (subgraph, projector). */
@Module({})
export class TerritoireReadModelsModule {
  constructor(catalog: ProjectionCatalog) {
    catalog.register(...(PROJECTIONS_TERRITOIRE as unknown as ReadonlyArray<Projection<ReadDocument>>));
  }
}
