import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { anneesConcernees, dossiersConcernes } from '@cdv/domain-programmation';
import { ApiError, DateTimeScalar } from '@cdv/graphql-common';
import { ReadModelsService } from '@cdv/platform';
import { dossierListProjection, type DossierListDocument } from '@cdv/projections-programmation';
import { AUDIT_READERS, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import type { AuditedEvent } from '@cdv/projections-audit';
import { AuditServices } from '../audit-services';
import { auditCall, toEntree } from './audit.mappers';
import { ChangementProgrammation, DiffProgrammation } from './audit.types';

/**
 * "What changed in the 2019 programmation between the comité's vote and today, who changed it and why"
 * (issue 7 §4): the year's events recorded in the window, each with the field-level diff it produced on its
 * aggregate, grouped by dossier.
 */
@Resolver()
export class DiffProgrammationResolver {
  constructor(
    private readonly audit: AuditServices,
    private readonly readModels: ReadModelsService,
  ) {}

  @Query(() => DiffProgrammation)
  @Permit(...AUDIT_READERS)
  diffProgrammation(
    @Ctx() context: RequestContext,
    @Args('annee', { type: () => Int }) annee: number,
    @Args('depuis', { type: () => DateTimeScalar }) depuis: string,
    @Args('jusqua', { type: () => DateTimeScalar, nullable: true }) jusqua: string | null,
  ): Promise<DiffProgrammation> {
    const fin = jusqua ?? new Date().toISOString();
    if (Date.parse(fin) < Date.parse(depuis)) throw new ApiError('VALIDATION_FAILED', 'jusqua must not be before depuis', { field: 'jusqua' });
    return auditCall(async () => {
      const tenant = context.tenantId;
      // The year's dossiers as known at the end of the window (a dossier deposited inside it counts too).
      const dossiers = await (
        await this.readModels.at(tenant, { asOf: fin })
      )
        .readModel<DossierListDocument>(dossierListProjection.name)
        .find({ annee }, { projection: { dossierId: 1, titre: 1 } });
      const titres = new Map(dossiers.map((dossier) => [dossier.dossierId, dossier.titre]));
      const inWindow = await this.eventsRecorded(tenant, depuis, fin);
      const relevant = inWindow.filter((event) => concernsYear(event, annee, titres));
      const byStream = new Map<string, Set<number>>();
      for (const event of relevant) byStream.set(event.streamId, (byStream.get(event.streamId) ?? new Set()).add(event.position));

      const changements: ChangementProgrammation[] = [];
      for (const [streamId, positions] of byStream) {
        const history = await this.audit.history.historique(tenant, streamId, { asOf: fin });
        for (const entry of history.entries.filter((candidate) => positions.has(candidate.position))) {
          const dossierId = streamId.startsWith('dossier-') ? streamId.slice('dossier-'.length) : null;
          changements.push({ ...toEntree(entry), dossierId, titre: dossierId ? (titres.get(dossierId) ?? null) : null });
        }
      }
      changements.sort((a, b) => a.position - b.position);
      return {
        annee,
        depuis,
        jusqua: fin,
        dossiersModifies: new Set(changements.map((change) => change.dossierId).filter(Boolean)).size,
        changements,
      };
    });
  }

  /** Every event of the tenant recorded in [from, to], through the journal (paged). */
  private async eventsRecorded(tenant: string, from: string, to: string): Promise<AuditedEvent[]> {
    const events: AuditedEvent[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await this.audit.journal.journal(tenant, { recorded: { from, to } }, { first: 500, after });
      events.push(...page.events.filter((event) => event.recordedAt <= to));
      if (!page.hasNextPage) return events;
      after = page.endCursor;
    }
  }
}

/** The year's appel, its dossiers' streams, and every event of that year or naming one of its dossiers (comité, convention). */
function concernsYear(event: AuditedEvent, annee: number, dossiers: Map<string, string>): boolean {
  if (event.streamId.startsWith('dossier-')) return dossiers.has(event.streamId.slice('dossier-'.length));
  return anneesConcernees(event).includes(annee) || dossiersConcernes(event).some((id) => dossiers.has(id));
}
