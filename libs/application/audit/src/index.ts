export * from './services/audit-errors';
export * from './services/evidence-export';
export * from './services/history.service';
export * from './services/journal.service';
export * from './services/sealing.service';
export * from './services/tenant-log';
export * from './services/verification.service';
export * from './audit.module';
