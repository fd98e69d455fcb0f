import { Module } from '@nestjs/common';
import type { Projection, ReadDocument } from '@cdv/eventsourcing';
import { ProjectionCatalog } from '@cdv/platform';
import { PROJECTIONS_PROGRAMMATION } from '@cdv/projections-programmation';

/** Registers the programmation read models: imported by the apps that serve or run them (subgraph, projector). */
@Module({})
export class ProgrammationReadModelsModule {
  constructor(catalog: ProjectionCatalog) {
    catalog.register(...(PROJECTIONS_PROGRAMMATION as unknown as ReadonlyArray<Projection<ReadDocument>>));
  }
}
