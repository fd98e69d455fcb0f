import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { AUDIT_READERS, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import type { JournalFilter } from '@cdv/projections-audit';
import { AuditServices } from '../audit-services';
import { auditCall, toEvenement } from './audit.mappers';
import { FiltreJournal, PageJournal } from './audit.types';

@Resolver()
export class JournalResolver {
  constructor(private readonly audit: AuditServices) {}

  @Query(() => PageJournal, {
    description: 'The workspace’s change feed, by global position: filter it, and resume from the last endCursor.',
  })
  @Permit(...AUDIT_READERS)
  journal(
    @Ctx() context: RequestContext,
    @Args('filtre', { type: () => FiltreJournal, nullable: true }) filtre: FiltreJournal | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<PageJournal> {
    return auditCall(async () => {
      const page = await this.audit.journal.journal(context.tenantId, toFilter(filtre ?? {}), { ...(first !== null ? { first } : {}), after });
      return { evenements: page.events.map(toEvenement), endCursor: page.endCursor, hasNextPage: page.hasNextPage };
    });
  }
}

function toFilter(filtre: FiltreJournal): JournalFilter {
  const range = (from?: string | null, to?: string | null) => (from || to ? { ...(from ? { from } : {}), ...(to ? { to } : {}) } : undefined);
  const filter: JournalFilter = {
    ...(filtre.userId ? { userId: filtre.userId } : {}),
    ...(filtre.organisationId ? { organisationId: filtre.organisationId } : {}),
    ...(filtre.types?.length ? { eventTypes: filtre.types } : {}),
    ...(filtre.streamId ? { stream: filtre.streamId } : {}),
    ...(filtre.dossierId ? { dossierId: filtre.dossierId } : {}),
    ...(filtre.financeurId ? { financeurId: filtre.financeurId } : {}),
  };
  const recorded = range(filtre.enregistreDepuis, filtre.enregistreAvant);
  const effective = range(filtre.effectifDepuis, filtre.effectifAvant);
  return { ...filter, ...(recorded ? { recorded } : {}), ...(effective ? { effective } : {}) };
}
