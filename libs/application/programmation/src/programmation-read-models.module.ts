import { Module } from '@nestjs/common';
import type { Projection, ReadDocument } from '@cdv/eventsourcing';
import { ProjectionCatalog } from '@cdv/platform';
import { PROJECTIONS_PROGRAMMATION } from '@cdv/projections-programmation';
import { ProgrammationReactionsModule } from './reactions/programmation-reactions.module';

/**
 * Registers the programmation read models: imported by the apps that serve or run them (subgraph, projector).
 * It brings the catch-up reactor along, so that it runs where projections run (the projector, the standalone app).
 */
@Module({ imports: [ProgrammationReactionsModule], exports: [ProgrammationReactionsModule] })
export class ProgrammationReadModelsModule {
  constructor(catalog: ProjectionCatalog) {
    catalog.register(...(PROJECTIONS_PROGRAMMATION as unknown as ReadonlyArray<Projection<ReadDocument>>));
  }
}
