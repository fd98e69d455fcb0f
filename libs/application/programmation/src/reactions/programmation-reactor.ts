import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { EventStore, EventSubscription } from '@cdv/eventsourcing';
import { EVENT_STORE, JsonLogger, PLATFORM_CONFIG, READ_STORE, type PlatformConfig } from '@cdv/platform';
import { DossierReactions, REACTION_EVENT_TYPES } from './dossier-reactions.service';

/** The part of the read store port the reactor uses (the application layer does not import adapters). */
interface GlobalCheckpoints {
  globalCheckpoint(name: string): Promise<number>;
  saveGlobalCheckpoint(name: string, position: number): Promise<void>;
}

/** Global checkpoint of the reactor (runner-wide, in the read store's tenant-less system area). */
export const REACTOR_CHECKPOINT = 'programmation_reactions';
const RETRY_MS = 1_000;

/**
 * Catch-up reactor: follows the log from its checkpoint and applies the dossier commands of every comité and
 * convention event, so that an event appended by a process that died before dispatching heals at the next
 * start (or at once, when another process runs the reactor). Started only where projections run
 * (`config.runProjections`): the standalone app and the projector, one place per deployment.
 */
@Injectable()
export class ProgrammationReactor implements OnApplicationBootstrap, OnModuleDestroy {
  private subscription: EventSubscription | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(READ_STORE) private readonly readStore: GlobalCheckpoints,
    private readonly reactions: DossierReactions,
    private readonly logger: JsonLogger,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.runProjections) return;
    this.running = this.loop();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    await this.subscription?.close();
    await this.running;
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      try {
        await this.follow();
      } catch (error) {
        if (this.stopped) return;
        // The store or a dossier append failed: resume from the checkpoint, which only moves after a whole batch.
        this.logger.event('error', 'programmation reactor failed; resuming from its checkpoint', { error: (error as Error).message });
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS).unref());
      }
    }
  }

  private async follow(): Promise<void> {
    const after = await this.readStore.globalCheckpoint(REACTOR_CHECKPOINT);
    const subscription = this.eventStore.subscribe({ after, eventTypes: REACTION_EVENT_TYPES, batchSize: 100 });
    this.subscription = subscription;
    for await (const batch of subscription) {
      if (this.stopped) return;
      if (batch.length) {
        const { effets } = await this.reactions.appliquer(batch);
        const appliques = effets.filter((effet) => effet.ok && !effet.replayed).length;
        if (appliques) this.logger.event('info', 'programmation reactor healed dossiers', { commands: appliques, upTo: batch[batch.length - 1].position });
      }
      // past the events of other types too (an empty batch says the log moved on without one of ours)
      await this.readStore.saveGlobalCheckpoint(REACTOR_CHECKPOINT, subscription.scannedUpTo);
    }
  }
}
