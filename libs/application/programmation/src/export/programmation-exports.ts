import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { EventStore } from '@cdv/eventsourcing';
import { ExportRegistry } from '@cdv/exports';
import { EVENT_STORE, PLATFORM_CONFIG, ReadModelsService, type PlatformConfig } from '@cdv/platform';
import { EXPORT_DOSSIERS, EXPORT_LIGNES_FINANCEMENT } from './export-dossiers';
import { exportEspacesDeTravail } from './export-espaces-de-travail';
import { EXPORTS_REFERENTIEL } from './export-referentiel';
import { exportReglesFinancement } from './export-regles';
import { EXPORT_GRAND_LIVRE, EXPORT_PROGRAMMATION } from './export-tableaux-de-bord';
import { EXPORT_VERSEMENTS } from './export-versements';

/** The programmation's exports, and the référentiel lists its commands name, served by the process that serves its GraphQL queries. */
export const EXPORTS_PROGRAMMATION = [
  EXPORT_DOSSIERS,
  EXPORT_LIGNES_FINANCEMENT,
  EXPORT_VERSEMENTS,
  EXPORT_GRAND_LIVRE,
  EXPORT_PROGRAMMATION,
  ...EXPORTS_REFERENTIEL,
] as const;

@Injectable()
export class ProgrammationExports implements OnModuleInit {
  constructor(
    private readonly registry: ExportRegistry,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly readModels: ReadModelsService,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  onModuleInit(): void {
    this.registry.enregistrer(
      ...EXPORTS_PROGRAMMATION,
      exportReglesFinancement(this.store),
      exportEspacesDeTravail(this.readModels, this.config.platformTenant),
    );
  }
}
