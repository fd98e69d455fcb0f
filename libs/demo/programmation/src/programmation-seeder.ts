import { Injectable } from '@nestjs/common';
import { CommandHandler, type Refusal } from '@cdv/eventsourcing';
import { dossierCommandsFor, dossierDecider, type RegleFinancement } from '@cdv/domain-programmation';
import { partenaireStream, territoireStream, type EnregistrerPartenaire } from '@cdv/domain-territoire';
import { CABBALR_FINANCEURS, CABBALR_REGLES_FINANCEMENT, DEMO_PROGRAMMATIONS, SEED_CABBALR } from './demo-programmation';
import { reglesStream } from '@cdv/application-programmation';
import { deciderDe, executerCommandes, SONDE, type CommandePlanifiee } from '@cdv/application-programmation';

/**
 * Partners the CABBALR demo names that the territoire seed (`fixtureToCommands`, fixture cabbalr.json) does not
 * register: two porteurs of the report's section 3 that its porteur table (L175–L260) omits, and the technical
 * partner of J'apprends à nager. The seed spec checks that these, and only these, are missing from it.
 */
const COMPLEMENT_CABBALR: ReadonlyArray<{ data: EnregistrerPartenaire['data']; lines: string; note: string }> = [
  {
    data: {
      partenaireId: 'porteurs-des-programmes-de-reussite-educative',
      nature: 'autre',
      nom: 'PORTEURS DES PROGRAMMES DE RÉUSSITE ÉDUCATIVE',
      roles: ['porteur'],
    },
    lines: 'L592',
    note: 'the PRE line of the 8 communes names no porteur; one placeholder partner carries it',
  },
  {
    data: { partenaireId: 'second-depart', nature: 'association', nom: 'SECOND DÉPART', alias: ['Second Départ'], roles: ['porteur'] },
    lines: 'L618',
    note: 'porteur of section 3, absent from the porteur table',
  },
  {
    data: {
      partenaireId: CABBALR_FINANCEURS.natation.id,
      nature: 'association',
      nom: CABBALR_FINANCEURS.natation.nom,
      roles: ['financeur'],
      categorieFinanceur: CABBALR_FINANCEURS.natation.categorie,
    },
    lines: 'L278',
    note: 'technical partner of J’apprends à nager (no money)',
  },
];

/** The financing rules of the demo tenants, recorded in their rules stream by the seed. */
export const REGLES_DEMO: Readonly<Record<string, RegleFinancement[]>> = { cabbalr: CABBALR_REGLES_FINANCEMENT };

export interface SeedProgress {
  tenant: string;
  done: number;
  total: number;
  appended: number;
  elapsedMs: number;
  /** True on the single report of a tenant found seeded already (marker present): nothing was run. */
  alreadySeeded: boolean;
}

export interface SeedDemoResult {
  tenant: string;
  alreadySeeded: boolean;
  commands: number;
  appended: number;
  durationMs: number;
}

/** A demo command was refused: the store holds what came before it; fix and seed again to continue. */
export class SeedRefused extends Error {
  override readonly name = 'SeedRefused';
  constructor(
    readonly tenant: string,
    readonly stream: string,
    readonly commandType: string,
    readonly refusal: Refusal,
  ) {
    super(`demo programmation of ${tenant}: ${commandType} on ${stream} refused (${refusal.code}): ${refusal.message}`);
  }
}

/**
 * Writes the demo programmations (CABBALR 2019: appel, 123 dossiers, comité, two CPO) through the command handler,
 * after the référentiel entries they need that the territoire seed does not create. Idempotent: every commandId is
 * deterministic, and a tenant whose last command is recorded already is skipped after one stream read.
 */
@Injectable()
export class ProgrammationSeeder {
  constructor(private readonly handler: CommandHandler) {}

  /** Tenants that have a demo programmation. */
  static tenants(): string[] {
    return Object.keys(DEMO_PROGRAMMATIONS);
  }

  /** The ordered commands of a tenant's demo: référentiel complement and financing rules first, then the programmation. */
  static plan(tenant: string): CommandePlanifiee[] {
    const demo = DEMO_PROGRAMMATIONS[tenant];
    if (!demo) throw new Error(`no demo programmation for ${tenant} (known: ${ProgrammationSeeder.tenants().join(', ')})`);
    return [...complement(tenant), ...reglesDemo(tenant), ...demo()];
  }

  async seedDemo(options: { tenants?: readonly string[]; onProgress?: (progress: SeedProgress) => void } = {}): Promise<SeedDemoResult[]> {
    const results: SeedDemoResult[] = [];
    for (const tenant of options.tenants ?? ProgrammationSeeder.tenants()) {
      if (!DEMO_PROGRAMMATIONS[tenant]) continue;
      results.push(await this.seedTenant(tenant, options.onProgress));
    }
    return results;
  }

  private async seedTenant(tenant: string, onProgress?: (progress: SeedProgress) => void): Promise<SeedDemoResult> {
    const started = Date.now();
    const plan = ProgrammationSeeder.plan(tenant);
    const regles = REGLES_DEMO[tenant] ?? [];
    if (await this.dejaSeme(plan, regles)) {
      onProgress?.({ tenant, done: plan.length, total: plan.length, appended: 0, elapsedMs: Date.now() - started, alreadySeeded: true });
      return { tenant, alreadySeeded: true, commands: plan.length, appended: 0, durationMs: Date.now() - started };
    }
    if ((await this.handler.load(SONDE, territoireStream(tenant))).revision < 0) {
      // The demo names the territoire seed's partners, QPV and cadre nodes: without them its dossiers point nowhere.
      throw new Error(`the référentiel of ${tenant} is not seeded: seed the territoire first (\`cli seed\` runs both, in order)`);
    }
    // A complement partner or rules the workspace has already (a newer territoire seed, an admin) are kept as they are.
    const todo: CommandePlanifiee[] = [];
    for (const planned of plan) {
      const configuration = planned.aggregate === 'referentiel' || planned.aggregate === 'regles';
      if (configuration && (await this.handler.load(deciderDe(planned), planned.stream)).revision >= 0) continue;
      todo.push(planned);
    }
    const result = await executerCommandes(this.handler, todo, {
      regles,
      onCommand: (progress) => onProgress?.({ tenant, ...progress, elapsedMs: Date.now() - started, alreadySeeded: false }),
    });
    if (result.refus) throw new SeedRefused(tenant, result.refus.stream, result.refus.command.type, result.refus.refusal);
    return { tenant, alreadySeeded: false, commands: todo.length, appended: result.appended, durationMs: Date.now() - started };
  }

  /**
   * The marker: the plan's last command is recorded in its stream, and so are the dossier commands it calls for
   * (a run stopped between the two is finished here, which is what a full run would do last anyway).
   */
  private async dejaSeme(plan: readonly CommandePlanifiee[], regles: RegleFinancement[]): Promise<boolean> {
    const last = plan[plan.length - 1];
    const probe = await this.handler.handle(SONDE, { stream: last.stream, command: last.command });
    if (!probe.ok || !probe.replayed) return false;
    for (const event of probe.events) {
      for (const derived of dossierCommandsFor(event, { regles })) {
        const outcome = await this.handler.handle(dossierDecider, derived);
        if (!outcome.ok) return false;
      }
    }
    return true;
  }
}

/** The tenant's financing rules in force for the demo (the Fonds de Cohésion Sociale and fonds de concours). */
function reglesDemo(tenant: string): CommandePlanifiee[] {
  const regles = REGLES_DEMO[tenant];
  if (!regles) return [];
  return [
    {
      aggregate: 'regles',
      stream: reglesStream(tenant),
      command: {
        type: 'DefinirReglesFinancement',
        data: { regles },
        metadata: {
          tenantId: tenant,
          actor: { userId: 'seed-cabbalr-2019', role: 'system' },
          source: 'migration',
          now: '2020-09-29T00:00:00.000Z',
          commandId: `seed:${tenant}:regles`,
          correlationId: 'seed:cabbalr:2019',
          provenance: {
            document: SEED_CABBALR,
            lines: 'L386–L402',
            note: 'the Fonds de Cohésion Sociale and fonds de concours rules as the report states them',
          },
        },
      },
    },
  ];
}

function complement(tenant: string): CommandePlanifiee[] {
  if (tenant !== 'cabbalr') return [];
  return COMPLEMENT_CABBALR.map(({ data, lines, note }) => ({
    aggregate: 'referentiel',
    stream: partenaireStream(tenant, data.partenaireId),
    command: {
      type: 'EnregistrerPartenaire',
      data,
      metadata: {
        tenantId: tenant,
        actor: { userId: 'seed-cabbalr-2019', role: 'system' },
        source: 'migration',
        now: '2020-09-29T00:00:00.000Z',
        // The territoire seed's key scheme: should it register the partner one day, it is the same command.
        commandId: `seed:${tenant}:partenaire:${data.partenaireId}`,
        correlationId: 'seed:cabbalr:2019',
        provenance: { document: SEED_CABBALR, lines, note },
      },
    },
  }));
}
