import { parseArgs } from 'node:util';
import { createEventStore } from '@cdv/event-store';
import type { Projection, ReadDocument } from '@cdv/eventsourcing';
import { loadPlatformConfig } from '@cdv/platform';
import { PROJECTIONS_PROGRAMMATION } from '@cdv/projections-programmation';
import { PROJECTIONS_RAPPORT } from '@cdv/projections-rapport';
import { PROJECTIONS_TERRITOIRE } from '@cdv/projections-territoire';
import { createMongoReadStore, EmbeddedReadStore, rebuildProjection, type ReadStore } from '@cdv/read-store';
import { UsageError, type CliCommand } from '../cli-command';
import { progressReporter } from '../progress';

const PROJECTIONS = [...PROJECTIONS_TERRITOIRE, ...PROJECTIONS_PROGRAMMATION, ...PROJECTIONS_RAPPORT] as unknown as ReadonlyArray<Projection<ReadDocument>>;

/**
 * Blue/green rebuild of a read model (ADR 0003): its current version is built into `{name}_v{version}` from the
 * start of the log while the version in service keeps answering, then each tenant switches to it at once. To
 * rebuild after changing a projection's `evolve`, bump its `version`. With the embedded read store the read
 * models live in the app's memory and are rebuilt at every start: the command then rebuilds into a throwaway
 * store, to check a projection over the real log and measure it.
 */
export const rebuildCommand: CliCommand = {
  name: 'rebuild',
  summary: 'Rebuild a read model (blue/green) from the event log, with progress',
  usage: 'rebuild <projection|all> [--drop-previous]',
  async run(argv, io) {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { 'drop-previous': { type: 'boolean', default: false } } });
    const [name] = positionals;
    const known = PROJECTIONS.map((projection) => projection.name);
    if (!name) throw new UsageError(`name the read model to rebuild, or "all" (known: ${known.join(', ')})`);
    const selected = name === 'all' ? PROJECTIONS : PROJECTIONS.filter((projection) => projection.name === name);
    if (selected.length === 0) throw new UsageError(`no read model named "${name}" (known: ${known.join(', ')})`);

    const config = loadPlatformConfig('cli', io.env);
    if (config.eventStore.kind === 'memory') throw new UsageError('EVENT_STORE=memory has no log to rebuild from: point the CLI at the app’s store');
    const eventStore = createEventStore(config.eventStore);
    const readStore: ReadStore = config.readStore.kind === 'mongodb' ? await createMongoReadStore({ url: config.readStore.url }) : new EmbeddedReadStore();
    if (config.readStore.kind === 'embedded') {
      io.err('READ_STORE=embedded: the app rebuilds its read models at every start; this run builds them into a throwaway store to check and time them.\n');
    }
    try {
      for (const projection of selected) {
        const report = progressReporter(io, `rebuild ${projection.name} v${projection.version}`, 'events');
        const result = await rebuildProjection({
          eventStore,
          readStore,
          projection,
          keepRunning: false,
          dropPrevious: values['drop-previous'],
          onProgress: (progress) => report(progress.done, progress.total),
        });
        const swapped = result.swapped.map((swap) => `${swap.tenantId} ${swap.from === null ? 'new' : `v${swap.from}`}→v${swap.to}`);
        io.out(
          `${projection.name} v${projection.version}: ${result.events} events in ${(result.durationMs / 1000).toFixed(1)} s ` +
            `(${Math.round(result.ratePerSecond)} events/s), up to position ${result.position}; ${swapped.length > 0 ? `switched ${swapped.join(', ')}` : 'no tenant to switch'}\n`,
        );
      }
      return 0;
    } finally {
      await readStore.close();
      await eventStore.close();
    }
  },
};
