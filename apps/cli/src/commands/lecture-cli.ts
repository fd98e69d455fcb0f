import { type EventStore, type Projection, type ReadDocument, UpcasterRegistry, UpcastingEventStore } from '@cdv/eventsourcing';
import type { OuvrirLecture } from '@cdv/exports';
import type { PlatformConfig } from '@cdv/platform';
import { PROJECTIONS_PROGRAMMATION } from '@cdv/projections-programmation';
import { PROJECTIONS_TERRITOIRE } from '@cdv/projections-territoire';
import { AsOfReader, createMongoReadStore, type ReadStore } from '@cdv/read-store';
import type { CliIO } from '../cli-command';

const PROJECTIONS = [...PROJECTIONS_TERRITOIRE, ...PROJECTIONS_PROGRAMMATION] as unknown as ReadonlyArray<Projection<ReadDocument>>;

/**
 * The read models a CLI export reads, as the apps would answer: with a MongoDB read store, its live collections
 * (now); otherwise — the embedded read models live in the app's memory — the workspace's read models rebuilt
 * from the log by the as-of reader (the same projection code), up to now or to the `asOf` asked.
 */
export function lectureCli(config: PlatformConfig, store: EventStore, tenant: string, io: CliIO): { ouvrir: OuvrirLecture; fermer: () => Promise<void> } {
  let mongo: ReadStore | null = null;
  return {
    async ouvrir(point) {
      if (config.readStore.kind === 'mongodb' && point.asOf === undefined && point.asOfPosition === undefined) {
        mongo = await createMongoReadStore({ url: config.readStore.url });
        return mongo.forTenant(tenant);
      }
      const reader = new AsOfReader({ eventStore: new UpcastingEventStore(store, new UpcasterRegistry()), projections: PROJECTIONS });
      const position = point.asOfPosition ?? (point.asOf === undefined ? await store.headPosition() : undefined);
      io.err(`reading the log of ${tenant} up to ${point.asOf ?? `position ${position}`}…\n`);
      const view = await reader.at(tenant, point.asOf !== undefined ? { asOf: point.asOf } : { position: position as number });
      if (view.position === 0) io.err(`workspace ${tenant} has no event in this store (up to that point): the file will be empty\n`);
      return view;
    },
    async fermer() {
      await mongo?.close();
    },
  };
}
