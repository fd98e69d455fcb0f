import { Args, Query, Resolver } from '@nestjs/graphql';
import { AsOfArgs } from '@cdv/graphql-common';
import { AUDIT_READERS, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { AuditServices } from '../audit-services';
import { auditCall, toEntree } from './audit.mappers';
import { EntreeHistorique } from './audit.types';

@Resolver()
export class HistoriqueResolver {
  constructor(private readonly audit: AuditServices) {}

  @Query(() => [EntreeHistorique], {
    description: 'Every event of an aggregate (e.g. "dossier-42"), with actor, dates, reason and the field-level diff it produced.',
  })
  @Permit(...AUDIT_READERS)
  historique(@Ctx() context: RequestContext, @Args('streamId') streamId: string, @Args() at: AsOfArgs): Promise<EntreeHistorique[]> {
    return auditCall(async () => {
      const history = await this.audit.history.historique(context.tenantId, streamId, {
        ...(at.asOf ? { asOf: at.asOf } : {}),
        ...(at.asOfPosition !== undefined && at.asOfPosition !== null ? { asOfPosition: at.asOfPosition } : {}),
      });
      return history.entries.map(toEntree);
    });
  }
}
