import type { EventStore, Projection, ReadDocument } from '@cdv/eventsourcing';
import { appelProjection, dossierDetailProjection, dossierIdsOf } from '@cdv/projections-programmation';
import {
  cadreStrategiqueProjection,
  chiffresDeclaresProjection,
  engagementsProjection,
  indicateursProjection,
  qpvsProjection,
  territoireProjection,
} from '@cdv/projections-territoire';
import { dispositifsProjection } from './dispositifs.projection';
import { rapportProjection } from './rapport.projection';

const LECTURE = 5_000;

/**
 * The projections of the read models a report of `annee` reads (MODELES_DU_RAPPORT), to rebuild them from the log
 * alone (`cli rapport-annuel`): the dossier details restricted to the dossiers deposited for that year, the only
 * ones the report reads (`dossiersDuRapportQuery`). On a workspace of ten years, that is one tenth of the dossier
 * events to apply (docs/performance.md, « The rapport annuel on a tenant with 100 000 events »).
 *
 * The year of a dossier is in its `DossierDepose` and never changes; every other event of a dossier comes after it in
 * the log, so ids read up to the head cover any earlier point too.
 */
export async function projectionsDuRapport(
  journal: Pick<EventStore, 'readAll'>,
  tenantId: string,
  annee: number,
): Promise<ReadonlyArray<Projection<ReadDocument>>> {
  const dossiers = await dossiersDeposesPour(journal, tenantId, annee);
  const dossiersDeLAnnee: Projection<ReadDocument> = {
    ...(dossierDetailProjection as unknown as Projection<ReadDocument>),
    documentIds: (event) => dossierIdsOf(event).filter((id) => dossiers.has(id)),
  };
  return [
    territoireProjection,
    qpvsProjection,
    cadreStrategiqueProjection,
    engagementsProjection,
    indicateursProjection,
    chiffresDeclaresProjection,
    appelProjection,
    dossiersDeLAnnee,
    dispositifsProjection,
    rapportProjection,
  ] as unknown as ReadonlyArray<Projection<ReadDocument>>;
}

/** The ids of the dossiers deposited for `annee` (their `DossierDepose` events, read by type). */
async function dossiersDeposesPour(journal: Pick<EventStore, 'readAll'>, tenantId: string, annee: number): Promise<Set<string>> {
  const ids = new Set<string>();
  for (let after = 0; ;) {
    const events = await journal.readAll({ tenant: tenantId, eventTypes: ['DossierDepose'], after, maxCount: LECTURE });
    for (const event of events) {
      const data = event.data as { dossierId?: unknown; annee?: unknown };
      if (data.annee === annee && typeof data.dossierId === 'string') ids.add(data.dossierId);
    }
    if (events.length < LECTURE) return ids;
    after = events[events.length - 1].position;
  }
}
