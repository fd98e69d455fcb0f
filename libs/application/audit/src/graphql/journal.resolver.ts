import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { ApiError } from '@cdv/graphql-common';
import { AUDIT_READERS, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import type { JournalFilter as FiltreDuJournal } from '@cdv/projections-audit';
import { AuditServices } from '../audit-services';
import { encodeJournalCursor } from '../services/journal.service';
import { auditCall, toEvenement } from './audit.mappers';
import { FiltreJournal, JournalConnection, JournalFilter } from './audit.types';

@Resolver()
export class JournalResolver {
  constructor(private readonly audit: AuditServices) {}

  @Query(() => JournalConnection, {
    description: 'The workspace’s change feed, by global position (a Relay connection): filter it, and resume from pageInfo.endCursor.',
  })
  @Permit(...AUDIT_READERS)
  journal(
    @Ctx() context: RequestContext,
    @Args('filter', { type: () => JournalFilter, nullable: true }) filter: JournalFilter | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('filtre', { type: () => FiltreJournal, nullable: true, deprecationReason: 'Use filter (JournalFilter, the same fields).' })
    filtre: FiltreJournal | null,
  ): Promise<JournalConnection> {
    if (filter && filtre) throw new ApiError('VALIDATION_FAILED', 'give filter (filtre is its deprecated name), not both', { field: 'filtre' });
    return auditCall(async () => {
      const page = await this.audit.journal.journal(context.tenantId, toFilter(filter ?? filtre ?? {}), { ...(first !== null ? { first } : {}), after });
      const evenements = page.events.map(toEvenement);
      return {
        // Each edge's cursor resumes just after its event; the page's endCursor after everything it scanned.
        edges: evenements.map((node) => ({ cursor: encodeJournalCursor(node.position), node })),
        pageInfo: {
          hasNextPage: page.hasNextPage,
          hasPreviousPage: Boolean(after),
          startCursor: evenements[0] ? encodeJournalCursor(evenements[0].position) : null,
          endCursor: page.endCursor,
        },
        evenements,
        endCursor: page.endCursor,
        hasNextPage: page.hasNextPage,
      };
    });
  }
}

function toFilter(filtre: JournalFilter): FiltreDuJournal {
  const range = (from?: string | null, to?: string | null) => (from || to ? { ...(from ? { from } : {}), ...(to ? { to } : {}) } : undefined);
  const filter: FiltreDuJournal = {
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
