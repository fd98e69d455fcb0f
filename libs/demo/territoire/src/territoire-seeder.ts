import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { CommandHandler, type EventStore, readStreamOrEmpty } from '@cdv/eventsourcing';
import { deciderPourStream } from '@cdv/domain-territoire';
import { EVENT_STORE, ReadModelsService } from '@cdv/platform';
import { FIXTURES_PAR_TENANT, fixtureToCommands, type TenantSeed } from './fixture-to-commands';
import type { SeedCommand } from './seed-builder';

/** The tenants the fixture territories seed. */
export const TENANTS_SEED = Object.keys(FIXTURES_PAR_TENANT) as TenantSeed[];

export interface SeedProgress {
  tenant: string;
  done: number;
  total: number;
}

export interface SeedRunOptions {
  onProgress?: (progress: SeedProgress) => void;
  /** Folder of the fixture files; found from the code's location by default (src and dist layouts). */
  fixturesDir?: string;
}

export interface SeedReport {
  tenant: string;
  commands: number;
  /** Commands run (0 when the tenant was found seeded already). */
  executed: number;
  eventsAppended: number;
  /** True when the last command of the seed was found recorded: nothing was run. */
  alreadySeeded: boolean;
  lastPosition: number;
}

/** Where the fixture territories live in the repository (and under dist/). */
const DOSSIER_FIXTURES = join('libs', 'demo', 'territoire', 'fixtures');

/**
 * The fixture territories (`libs/demo/territoire/fixtures`, beside this library's src/), looked up from this file's
 * folder upwards (the same code runs from `libs/demo/territoire/src` in tests and from `dist/libs/demo/territoire/src`
 * after the build, which copies the JSON files beside the code), then in the working directory.
 */
export function dossierFixturesTerritoires(from: string = __dirname, cwd: string = process.cwd()): string | null {
  const candidates: string[] = [];
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    candidates.push(join(dir, 'fixtures'), join(dir, DOSSIER_FIXTURES));
    if (dirname(dir) === dir) break;
  }
  candidates.push(resolve(cwd, DOSSIER_FIXTURES));
  return candidates.find((candidate) => existsSync(join(candidate, FIXTURES_PAR_TENANT.cabbalr))) ?? null;
}

/** How far back the quick check looks for a recorded seed command before running the whole seed again. */
const RECHERCHE_MAX = 20;

/**
 * Seeds the demo workspaces from the fixture territories, through the platform's command handler with the
 * seed's system actor. Each command carries a stable commandId, so running a seed again appends nothing; a
 * seed already complete is recognised from its last commands without replaying it.
 */
@Injectable()
export class TerritoireSeeder {
  constructor(
    private readonly handler: CommandHandler,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Optional() private readonly readModels?: ReadModelsService,
  ) {}

  async seed(tenant: TenantSeed | 'all', options: SeedRunOptions = {}): Promise<SeedReport[]> {
    const tenants = tenant === 'all' ? TENANTS_SEED : [tenant];
    for (const t of tenants) if (!(t in FIXTURES_PAR_TENANT)) throw new Error(`no fixture for tenant ${t} (known: ${TENANTS_SEED.join(', ')})`);
    const dir = options.fixturesDir ?? dossierFixturesTerritoires();
    if (!dir) throw new Error('libs/demo/territoire/fixtures not found above this module: pass fixturesDir');
    const fichiers = new Map<string, unknown>();
    const fixture = (t: TenantSeed) => {
      const file = FIXTURES_PAR_TENANT[t];
      if (!fichiers.has(file)) fichiers.set(file, JSON.parse(readFileSync(join(dir, file), 'utf8')));
      return fichiers.get(file);
    };
    const reports: SeedReport[] = [];
    for (const t of tenants) reports.push(await this.seedTenant(t, fixtureToCommands(fixture(t), t, { now: new Date().toISOString() }), options));
    // Read-your-writes for whoever queries right after seeding (demo start, tests).
    const last = Math.max(0, ...reports.map((r) => r.lastPosition));
    if (last > 0) await this.readModels?.afterWrite(last);
    return reports;
  }

  private async seedTenant(tenant: string, commands: SeedCommand[], options: SeedRunOptions): Promise<SeedReport> {
    const report: SeedReport = { tenant, commands: commands.length, executed: 0, eventsAppended: 0, alreadySeeded: false, lastPosition: 0 };
    const reprise = await this.reprise(commands);
    if (reprise === commands.length) {
      options.onProgress?.({ tenant, done: commands.length, total: commands.length });
      return { ...report, alreadySeeded: true };
    }
    for (let index = reprise; index < commands.length; index++) {
      const { stream, command } = commands[index];
      const decider = deciderPourStream(stream);
      if (!decider) throw new Error(`seed ${tenant}: no decider for stream ${stream}`);
      const result = await this.handler.handle(decider, { stream, command });
      if (!result.ok) {
        throw new Error(`seed ${tenant}: ${command.type} on ${stream} refused (${result.refusal.code}): ${result.refusal.message}`);
      }
      report.executed += 1;
      if (!result.replayed) report.eventsAppended += result.events.length;
      report.lastPosition = Math.max(report.lastPosition, result.lastPosition);
      options.onProgress?.({ tenant, done: index + 1, total: commands.length });
    }
    return report;
  }

  /**
   * Index of the first command to run. Commands run in order, so when one is found recorded (by its commandId),
   * every command before it ran too: a complete seed is skipped at once and an interrupted one resumes. A command
   * that decided nothing leaves no trace; the search stops after a few and re-runs from the start (harmless).
   */
  private async reprise(commands: readonly SeedCommand[]): Promise<number> {
    for (let index = commands.length - 1; index >= Math.max(0, commands.length - RECHERCHE_MAX); index--) {
      const { stream, command } = commands[index];
      if (await this.enregistre(stream, command.metadata.commandId)) return index + 1;
    }
    return 0;
  }

  private async enregistre(stream: string, commandId: string | undefined): Promise<boolean> {
    if (!commandId) return false;
    return (await readStreamOrEmpty(this.store, stream)).some((event) => event.metadata.commandId === commandId);
  }
}
