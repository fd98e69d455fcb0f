import type { Command, CommandHandler } from '@cdv/eventsourcing';
import { rapportDecider, rapportStream, type ChiffresFiges } from '@cdv/domain-rapport';
import type { RapportAnnuel } from '@cdv/projections-rapport';
import {
  arreteCabbalr2019,
  consultationCabbalr2019,
  deciderDeCommandeRapport,
  preparationCabbalr2019,
  type CommandeRapport,
} from './cabbalr-2019-rapport.commands';

/** The report's figures assembled by the server at the head of the tenant's log, and that position. */
export type AssembleurRapport = (tenantId: string, annee: number) => Promise<{ position: number; chiffres: RapportAnnuel }>;

export interface SeedRapportResult {
  tenant: string;
  annee: number;
  /** Events appended by this run (0 when the workspace already had its report). */
  appended: number;
  /** The version arrêtée (1 for the demo). */
  version: number;
}

export class RapportSeedRefused extends Error {
  override readonly name = 'RapportSeedRefused';
}

/**
 * The rapport annuel 2019 of the demo workspace `cabbalr` (seed 003): funds, printed figures and narratives; the
 * arrêté « au 29 septembre 2020 » with the figures the server assembles from what the workspace holds; the
 * consultation of the communes with their three avis. Run after the territoire and programmation seeds, at every
 * start: the commands carry deterministic commandIds (a second run replays them), and the arrêté is decided only
 * when the report has none yet — its figures are assembled once, never replaced by a restart.
 */
export class RapportSeeder {
  static readonly TENANT = 'cabbalr';
  static readonly ANNEE = 2019;

  constructor(
    private readonly handler: CommandHandler,
    private readonly assembleur: AssembleurRapport,
  ) {}

  async seedDemo(options: { now?: () => string } = {}): Promise<SeedRapportResult> {
    const now = options.now ?? (() => new Date().toISOString());
    const { TENANT: tenant, ANNEE: annee } = RapportSeeder;
    let appended = await this.executer(preparationCabbalr2019({ now: now() }));
    const { state } = await this.handler.load(rapportDecider, rapportStream(tenant, annee));
    if (state.statut === 'inexistant' || !state.arrete) {
      const { position, chiffres } = await this.assembleur(tenant, annee);
      const arreteAu = now();
      appended += await this.executer([arreteCabbalr2019({ now: arreteAu, arreteAu, position, chiffres: chiffres as unknown as ChiffresFiges })]);
    }
    appended += await this.executer(consultationCabbalr2019({ now: now() }));
    const { state: apres } = await this.handler.load(rapportDecider, rapportStream(tenant, annee));
    return { tenant, annee, appended, version: apres.statut === 'inexistant' ? 0 : (apres.arrete?.version ?? 0) };
  }

  private async executer(commandes: readonly CommandeRapport[]): Promise<number> {
    let appended = 0;
    for (const c of commandes) {
      const outcome = await this.handler.handle(deciderDeCommandeRapport(c), { stream: c.stream, command: c.command as Command });
      if (!outcome.ok) throw new RapportSeedRefused(`${c.command.type} on ${c.stream} refused: ${outcome.refusal.code} ${outcome.refusal.message}`);
      if (!outcome.replayed) appended += outcome.events.length;
    }
    return appended;
  }
}
