import { Module } from '@nestjs/common';
import { ProgrammationReadModelsModule } from '@cdv/application-programmation';
import { AuditServices } from './audit-services';
import { DiffProgrammationResolver } from './graphql/diff-programmation.resolver';
import { HistoriqueResolver } from './graphql/historique.resolver';
import { JournalResolver } from './graphql/journal.resolver';
import { VerificationResolver } from './graphql/verification.resolver';
import { EvidenceBundleController } from './http/evidence-bundle.controller';

/**
 * The audit context's GraphQL API (history, journal, verification, seals, diffs of a programmation) and, beside
 * it, the download of evidence bundles.
 */
@Module({
  imports: [ProgrammationReadModelsModule],
  controllers: [EvidenceBundleController],
  providers: [AuditServices, HistoriqueResolver, JournalResolver, VerificationResolver, DiffProgrammationResolver],
})
export class AuditModule {}
