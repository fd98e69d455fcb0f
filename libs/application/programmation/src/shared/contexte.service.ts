import { Inject, Injectable } from '@nestjs/common';
import { CommandHandler, type EventStore, readStreamOrEmpty } from '@cdv/eventsourcing';
import { appelDecider, appelStream, type AppelLu, type RegleFinancement, type StatutDossier } from '@cdv/domain-programmation';
import { EVENT_STORE, ReadModelsService, type ReadPoint } from '@cdv/platform';
import { dossierListFilter, dossierListProjection } from '@cdv/projections-programmation';
import { evolveRegles, initialReglesState, reglesDecider, reglesStream, type ReglesFinancementDefinies } from '../regles/regles-financement.decider';

/** A dossier still open in its year: neither soldé nor closed otherwise (non retenu, ajourné, abandonné). */
const STATUTS_OUVERTS: StatutDossier[] = ['depose', 'en_instruction', 'retenu', 'conventionne', 'en_cours', 'bilan_depose'];

/**
 * What the deciders cannot read and the application passes in `data.contexte` (ADR 0004): always read on the
 * server, from the event store where the answer must be exact at decision time (the appel's state, the rules),
 * from the read model for counts.
 */
@Injectable()
export class ContexteProgrammation {
  constructor(
    private readonly handler: CommandHandler,
    private readonly readModels: ReadModelsService,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
  ) {}

  /** The appel's state folded from its stream (not the read model: a deposit must see the latest close). */
  async appelLu(tenantId: string, annee: number): Promise<AppelLu> {
    const { state } = await this.handler.load(appelDecider, appelStream(tenantId, annee));
    if (state.statut === 'inexistant') return { annee, statut: 'inexistant' };
    return { annee, statut: state.statut, ouvertureLe: state.ouvertureLe, clotureLe: state.clotureLe };
  }

  /** The tenant's financing rules in force now. */
  async regles(tenantId: string): Promise<RegleFinancement[]> {
    const { state } = await this.handler.load(reglesDecider, reglesStream(tenantId));
    return state.regles;
  }

  /** The rules as they were at a point of the log (recorded instant or position); now when none. */
  reglesAu(tenantId: string, point: ReadPoint): Promise<{ regles: RegleFinancement[]; version: number }> {
    return lireReglesAu(this.eventStore, tenantId, point);
  }

  /** Dossiers of the year not soldé yet, for CloturerExercice. */
  async dossiersNonSoldes(tenantId: string, annee: number): Promise<number> {
    const readModels = await this.readModels.at(tenantId);
    return readModels.readModel(dossierListProjection.name).count(dossierListFilter({ annee, statut: STATUTS_OUVERTS }));
  }
}

/** The tenant's financing rules as they were at a point of the log (recorded instant or position); now when none. */
export async function lireReglesAu(
  eventStore: EventStore,
  tenantId: string,
  point: { asOf?: string | null; asOfPosition?: number | null },
): Promise<{ regles: RegleFinancement[]; version: number }> {
  return (await readStreamOrEmpty(eventStore, reglesStream(tenantId)))
    .filter((event) => (point.asOf ? event.metadata.recordedAt <= point.asOf : true))
    .filter((event) => (point.asOfPosition !== undefined && point.asOfPosition !== null ? event.position <= point.asOfPosition : true))
    .reduce(
      (state, event) => evolveRegles(state, { type: 'ReglesFinancementDefinies', data: event.data as ReglesFinancementDefinies['data'] }),
      initialReglesState(),
    );
}
