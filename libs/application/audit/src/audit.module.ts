import { Module } from '@nestjs/common';
import { ProgrammationReadModelsModule } from '@cdv/application-programmation';
import { ExportsModule } from '@cdv/exports';
import { AuditServices } from './audit-services';
import { AuditExports } from './export/audit-exports';
import { DiffProgrammationResolver } from './graphql/diff-programmation.resolver';
import { HistoriqueResolver } from './graphql/historique.resolver';
import { JournalResolver } from './graphql/journal.resolver';
import { VerificationResolver } from './graphql/verification.resolver';

/** The audit context's GraphQL API: history, journal, verification, seals, and diffs of a programmation. */
@Module({
  imports: [ProgrammationReadModelsModule, ExportsModule],
  providers: [AuditServices, AuditExports, HistoriqueResolver, JournalResolver, VerificationResolver, DiffProgrammationResolver],
})
export class AuditModule {}
