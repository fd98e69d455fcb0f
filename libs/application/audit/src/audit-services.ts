import { Inject, Injectable, Optional, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { sceauDecider } from '@cdv/domain-audit';
import { appelDecider, comiteDecider, conventionDecider, dossierDecider } from '@cdv/domain-programmation';
import { DECIDERS_REFERENTIEL } from '@cdv/domain-territoire';
import { CommandHandler, UpcasterRegistry, type DocumentStore, type EventStore } from '@cdv/eventsourcing';
import { DOCUMENT_STORE, JsonLogger, PLATFORM_CONFIG, ReadModelsService, STORED_EVENT_STORE, type PlatformConfig } from '@cdv/platform';
import type { StateFolders } from '@cdv/projections-audit';
import { HistoryService } from './services/history.service';
import { JournalService } from './services/journal.service';
import { SealingService, startSealSchedule, type SealSchedule } from './services/sealing.service';
import { VerificationService } from './services/verification.service';

/** Every context's deciders by stream category, so history shows field-level diffs of the real states. */
export const AUDIT_FOLDERS = {
  ...DECIDERS_REFERENTIEL,
  appel: appelDecider,
  dossier: dossierDecider,
  comite: comiteDecider,
  convention: conventionDecider,
  sceaux: sceauDecider,
} as unknown as StateFolders;

/** The audit services over this process's event store, and the seal schedule (SEAL_INTERVAL_MINUTES). */
@Injectable()
export class AuditServices implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly history: HistoryService;
  readonly journal: JournalService;
  readonly verification: VerificationService;
  readonly sealing: SealingService;
  private schedule: SealSchedule | null = null;

  constructor(
    // stored events: the hashes cover the stored bytes; history upcasts on its own before folding
    @Inject(STORED_EVENT_STORE) store: EventStore,
    private readonly readModels: ReadModelsService,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
    commandHandler: CommandHandler,
    upcasters: UpcasterRegistry,
    private readonly logger: JsonLogger,
    // the files of the pièces justificatives, checked against their events' hashes
    @Optional() @Inject(DOCUMENT_STORE) documents?: DocumentStore,
  ) {
    this.history = new HistoryService(store, { folders: AUDIT_FOLDERS, upcasters });
    this.journal = new JournalService(store);
    this.verification = new VerificationService(store, documents);
    this.sealing = new SealingService(store, { commandHandler });
  }

  onApplicationBootstrap(): void {
    if (this.config.sealIntervalMinutes <= 0) return;
    this.schedule = startSealSchedule(this.sealing, {
      intervalMinutes: this.config.sealIntervalMinutes,
      // Workspaces are those with read models: the runners create them from the log.
      tenants: () => this.readModels.tenants(),
      onSealed: (tenant, outcome) => this.logger.event('info', 'workspace sealed', { tenant, ...outcome }),
      onError: (tenant, error) => this.logger.event('error', 'sealing failed', { tenant, error: (error as Error).message }),
    });
  }

  onApplicationShutdown(): void {
    this.schedule?.stop();
  }
}
