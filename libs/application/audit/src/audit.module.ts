import { Module } from '@nestjs/common';
import { ProgrammationReadModelsModule } from '@cdv/application-programmation';
import { ExportsModule } from '@cdv/exports';
import { AuditServices } from './audit-services';
import { AuditExports } from './export/audit-exports';
import { DiffProgrammationResolver } from './graphql/diff-programmation.resolver';
import { HistoriqueResolver } from './graphql/historique.resolver';
import { JournalResolver } from './graphql/journal.resolver';
import { VerificationResolver } from './graphql/verification.resolver';
import { EvidenceBundleController } from './http/evidence-bundle.controller';
import { PoserSceauHandler } from './sceaux/poser-sceau/poser-sceau.handler';
import { PoserSceauResolver } from './sceaux/poser-sceau/poser-sceau.resolver';

/**
 * The audit context's GraphQL API (history, journal, verification, seals, diffs of a programmation) and, beside
 * it, the download of evidence bundles.
 */
@Module({
  imports: [ProgrammationReadModelsModule, ExportsModule],
  controllers: [EvidenceBundleController],
  providers: [
    AuditServices,
    AuditExports,
    HistoriqueResolver,
    JournalResolver,
    VerificationResolver,
    DiffProgrammationResolver,
    PoserSceauResolver,
    PoserSceauHandler,
  ],
})
export class AuditModule {}
