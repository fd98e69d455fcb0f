import { AuditModule } from './audit.module';

/** Audit types belong to the audit module: the audit subgraph shows them, the others do not. */
export const auditScope = { registerIn: () => AuditModule };
