import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { problemeSlugTerritoire } from '@cdv/domain-territoire';
import { RapportSeeder } from '@cdv/demo-rapport';
import { UsageError, type CliCommand, type CliIO } from '../cli-command';
import { progressReporter } from '../progress';
import { assemblerDepuisLeJournal } from './rapport-annuel.command';
import { openOrCreateEventStore } from './verify.command';
import { creerCommandHandler } from '@cdv/platform';
import { dossierFixturesTerritoires, TENANTS_SEED, TerritoireSeeder, type SeedReport } from '@cdv/demo-territoire';
import { ProgrammationSeeder, SeedRefused } from '@cdv/demo-programmation';

export const seedCommand: CliCommand = {
  name: 'seed',
  summary: `Seed the fixture workspaces (${TENANTS_SEED.join(', ')}), and with --demo the demo programmation and its rapport annuel; appends nothing when done already`,
  usage: `seed [--tenant <${TENANTS_SEED.join('|')}>|all] [--demo] [--fixtures <dir>]`,
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: { tenant: { type: 'string', default: 'all' }, demo: { type: 'boolean', default: false }, fixtures: { type: 'string' } },
    });
    const tenant = values.tenant === 'all' ? 'all' : TENANTS_SEED.find((t) => t === values.tenant);
    if (!tenant) {
      throw new UsageError(
        `seed knows only the fixture workspaces built from libs/demo/territoire/fixtures: ${TENANTS_SEED.join(', ')} (or all); "${values.tenant}" is not one of them.\n` +
          `To open a new workspace of your own: cli ouvrir-territoire --tenant ${problemeSlugTerritoire(values.tenant) ? '<id>' : values.tenant} --nom "<legal name of the EPCI>" [--siren …] [--nature …]`,
      );
    }
    if (values.fixtures && !existsSync(values.fixtures)) throw new UsageError(`no fixtures folder at ${values.fixtures}`);
    const fixturesDir = values.fixtures ? resolve(values.fixtures) : dossierFixturesTerritoires();
    if (!fixturesDir) throw new UsageError('no fixture territories found: pass --fixtures <dir> (the repository’s libs/demo/territoire/fixtures)');
    // Seeding is what creates a workspace: the SQLite file may not exist yet.
    const store = openOrCreateEventStore(io);
    try {
      const handler = creerCommandHandler(store);
      // The référentiel first: the demo programmation names its partners, QPV and cadre nodes.
      const referentiel = progressPerTenant(io, 'référentiel');
      let reports: SeedReport[];
      try {
        reports = await new TerritoireSeeder(handler, store).seed(tenant, { fixturesDir, onProgress: (p) => referentiel(p.tenant, p) });
      } catch (error) {
        io.err(`${(error as Error).message}\nwhat was written before stays; seeding again continues from there.\n`);
        return 1;
      }
      for (const r of reports) {
        io.out(
          `${r.tenant}: référentiel ${r.alreadySeeded ? 'already seeded, nothing appended' : `seeded, ${r.executed} commands, ${r.eventsAppended} events appended`}\n`,
        );
      }
      if (values.demo) {
        const demos = reports.map((r) => r.tenant).filter((t) => ProgrammationSeeder.tenants().includes(t));
        const programmation = progressPerTenant(io, 'programmation');
        const results = await new ProgrammationSeeder(handler).seedDemo({ tenants: demos, onProgress: (p) => !p.alreadySeeded && programmation(p.tenant, p) });
        for (const r of results) {
          io.out(
            `${r.tenant}: demo programmation ${r.alreadySeeded ? 'already seeded, nothing appended' : `seeded, ${r.appended} events appended`} (${(r.durationMs / 1000).toFixed(1)} s)\n`,
          );
        }
        if (demos.includes(RapportSeeder.TENANT)) {
          // The rapport annuel arrêté with the figures assembled from the log at its head, as the server does.
          const rapport = await new RapportSeeder(handler, async (t, annee) => {
            const { rapport: chiffres, vue } = await assemblerDepuisLeJournal(store, t, annee, { position: await store.headPosition({ tenant: t }) });
            return { position: vue.position, chiffres };
          }).seedDemo();
          io.out(
            `${rapport.tenant}: rapport annuel ${rapport.annee} ${rapport.appended > 0 ? `seeded, ${rapport.appended} events appended` : 'already seeded, nothing appended'} (version ${rapport.version})\n`,
          );
        }
      }
      return 0;
    } catch (error) {
      if (!(error instanceof SeedRefused)) throw error;
      io.err(`${error.message}\nwhat was written before stays; seeding again continues from there.\n`);
      return 1;
    } finally {
      await store.close();
    }
  },
};

/** One progress line printer per tenant (rate and ETA on stderr). */
function progressPerTenant(io: CliIO, what: string): (tenant: string, progress: { done: number; total: number }) => void {
  const printers = new Map<string, (progress: { done: number; total: number }) => void>();
  return (tenant, progress) => {
    if (!printers.has(tenant))
      printers.set(
        tenant,
        (
          (report) => (p: { done: number; total: number }) =>
            report(p.done, p.total)
        )(progressReporter(io, `seed ${tenant} ${what}`, 'commands')),
      );
    printers.get(tenant)?.(progress);
  };
}
