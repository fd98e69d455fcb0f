import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ExportRegistry } from '@cdv/exports';
import { AuditServices } from '../audit-services';
import { exportJournal } from './export-journal';

/** The audit context's exports (the journal), served by the process that serves the `journal` query. */
@Injectable()
export class AuditExports implements OnModuleInit {
  constructor(
    private readonly registry: ExportRegistry,
    private readonly audit: AuditServices,
  ) {}

  onModuleInit(): void {
    this.registry.enregistrer(exportJournal(this.audit.journal));
  }
}
