import { Inject, Injectable } from '@nestjs/common';
import type { EventStore } from '@cdv/eventsourcing';
import { anneeValide, ContexteProgrammation } from '@cdv/application-programmation';
import { ApiError } from '@cdv/graphql-common';
import { EVENT_STORE, ReadModelsService } from '@cdv/platform';
import {
  assemblerRapport,
  documentDeVersion,
  documentEnCours,
  lireEntreesRapport,
  lireRapport,
  MODELES_DU_RAPPORT,
  type DocumentRapport,
  type LectureModeles,
  type RapportAnnuel,
  type RapportDocument,
} from '@cdv/projections-rapport';

/** Read models at one point of the tenant's log, and that point. */
export interface VueRapport {
  modeles: LectureModeles;
  /** The last position of the tenant's log the read models include. */
  position: number;
  /** The instant asked for; null for now. */
  asOf: string | null;
}

/** What to read: a version as arrêtée (its frozen figures), or the draft assembled now or as of an instant. */
export interface DemandeRapport {
  annee: number;
  asOf?: string | null;
  version?: number | null;
}

/**
 * The read side of the rapport annuel: the figures are always assembled here, on the server, from the read models
 * at a known position of the log (never from figures a client sends), so that an arrêté freezes exactly what the
 * platform knew at that instant (ADR 0016). The GraphQL query, the arrêté, the downloads and the CLI read through it.
 */
@Injectable()
export class LectureRapport {
  constructor(
    private readonly readModels: ReadModelsService,
    private readonly contexte: ContexteProgrammation,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
  ) {}

  /**
   * The read models as of `asOf` (an as-of view, rebuilt by the projections), or now: the live read models once
   * they include the tenant's head — or, when they lag behind it, an as-of view at the head, so that the figures
   * always describe one known position.
   */
  async vue(tenantId: string, asOf?: string | null): Promise<VueRapport> {
    if (asOf) {
      const view = await this.readModels.at(tenantId, { asOf }, { readModels: MODELES_DU_RAPPORT });
      return { modeles: view, position: view.position ?? 0, asOf };
    }
    const head = await this.eventStore.headPosition({ tenant: tenantId });
    if (await this.readModels.afterWrite(head)) return { modeles: await this.readModels.at(tenantId), position: head, asOf: null };
    const view = await this.readModels.at(tenantId, { asOfPosition: head }, { readModels: MODELES_DU_RAPPORT });
    return { modeles: view, position: head, asOf: null };
  }

  /** Every block of the report assembled from the read models of `vue` (the tenant's financing rules at that point). */
  async assembler(tenantId: string, annee: number, vue: VueRapport): Promise<RapportAnnuel> {
    const { regles } = await this.contexte.reglesAu(tenantId, vue.asOf ? { asOf: vue.asOf } : { asOfPosition: vue.position });
    return assemblerRapport(await lireEntreesRapport(vue.modeles, { tenantId, annee, etabliAu: { position: vue.position, asOf: vue.asOf }, regles }));
  }

  /** The report's life cycle now (versions are frozen: the live read model holds every one). */
  async cycle(tenantId: string, annee: number): Promise<RapportDocument | null> {
    return lireRapport(await this.readModels.at(tenantId), annee);
  }

  /**
   * What a reader or a renderer gets: a version's frozen figures and narratives (whatever was recorded since), or
   * the draft assembled as of `asOf` (now when absent) with the narratives of that moment.
   */
  async document(tenantId: string, demande: DemandeRapport): Promise<{ document: DocumentRapport; cycle: RapportDocument | null }> {
    const annee = anneeValide('annee', demande.annee);
    if (demande.version !== undefined && demande.version !== null) {
      if (demande.asOf) throw new ApiError('VALIDATION_FAILED', 'give version or asOf, not both: a version is frozen', { field: 'asOf' });
      const cycle = await this.cycle(tenantId, annee);
      if (!cycle || !cycle.versions.some((v) => v.version === demande.version)) {
        throw new ApiError('NOT_FOUND', `the rapport ${annee} has no version ${demande.version}`, {
          what: 'RapportVersion',
          id: `${annee}/${demande.version}`,
        });
      }
      return { document: documentDeVersion(cycle, demande.version), cycle };
    }
    const vue = await this.vue(tenantId, demande.asOf);
    const [rapport, cycle] = await Promise.all([this.assembler(tenantId, annee, vue), lireRapport(vue.modeles, annee)]);
    return { document: documentEnCours(rapport, cycle), cycle };
  }
}
