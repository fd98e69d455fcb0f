import { Module, type DynamicModule, type OnApplicationShutdown, Inject, Optional, type Provider } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { AuthenticationError, createTokenVerifier, type TokenVerifier } from '@cdv/auth';
import { createDocumentStore } from '@cdv/document-store';
import { createEventStore } from '@cdv/event-store';
import { createMongoReadStore, EmbeddedReadStore, type ReadStore } from '@cdv/read-store';
import { CommandHandler, UpcasterRegistry, UpcastingEventStore, type DocumentStore, type EventStore } from '@cdv/eventsourcing';
import { GraphqlAuthGuard, TOKEN_VERIFIER } from '@cdv/tenancy';
import { ClientErrorFilter } from './client-error.filter';
import type { PlatformConfig } from './config';
import { ReadinessService } from './health';
import { ObservabilityModule } from './observability.module';
import { SystemResolver } from './system.resolver';
import { DOCUMENT_STORE, EVENT_STORE, PLATFORM_CONFIG, READ_STORE, STORED_EVENT_STORE } from './tokens';
import { JsonLogger } from './logger';
import { ProjectionCatalog, ReadModelsService, ReadYourWrites } from './read-side';
import { creerCommandHandler, Decisions, upcastersDeLApplication } from './write';

/** The verifier of a process that serves no API (the projector): it has no key, so no token is valid. */
const NO_TOKEN_ACCEPTED: TokenVerifier = {
  verify: async () => {
    throw new AuthenticationError('this process serves no API and accepts no token');
  },
};

/**
 * The ports and cross-cutting services every app shares: event store, the CQRS bus and the decisions of the write path,
 * token verification and the global auth guard, health, metrics. Global, so context modules just inject.
 */
@Module({})
export class PlatformModule implements OnApplicationShutdown {
  constructor(
    @Inject(STORED_EVENT_STORE) private readonly eventStore: EventStore,
    readiness: ReadinessService,
    @Optional() @Inject(DOCUMENT_STORE) private readonly documentStore?: DocumentStore,
  ) {
    readiness.register('event-store', async () => {
      await eventStore.headPosition();
      return null;
    });
  }

  static forRoot(config: PlatformConfig, logger: JsonLogger, options: { upcasters?: UpcasterRegistry } = {}): DynamicModule {
    const upcasters = options.upcasters ?? upcastersDeLApplication();
    // Only the apps that keep or read documents open the document store (no folder, no client elsewhere).
    const store = config.documents?.store;
    const documents: Provider[] = store ? [{ provide: DOCUMENT_STORE, useFactory: () => createDocumentStore(store) }] : [];
    return {
      module: PlatformModule,
      global: true,
      imports: [CqrsModule.forRoot(), ObservabilityModule],
      providers: [
        { provide: PLATFORM_CONFIG, useValue: config },
        { provide: UpcasterRegistry, useValue: upcasters },
        { provide: JsonLogger, useValue: logger },
        { provide: STORED_EVENT_STORE, useFactory: () => createEventStore(config.eventStore) },
        { provide: EVENT_STORE, useFactory: (stored: EventStore) => new UpcastingEventStore(stored, upcasters), inject: [STORED_EVENT_STORE] },
        {
          provide: READ_STORE,
          useFactory: (): Promise<ReadStore> | ReadStore =>
            config.readStore.kind === 'mongodb' ? createMongoReadStore({ url: config.readStore.url }) : new EmbeddedReadStore(),
        },
        ...documents,
        ProjectionCatalog,
        ReadModelsService,
        ReadYourWrites,
        { provide: CommandHandler, useFactory: (store: EventStore) => creerCommandHandler(store, { upcasters }), inject: [STORED_EVENT_STORE] },
        { provide: TOKEN_VERIFIER, useFactory: () => (config.auth ? createTokenVerifier(config.auth) : NO_TOKEN_ACCEPTED) },
        { provide: APP_GUARD, useClass: GraphqlAuthGuard },
        { provide: APP_FILTER, useClass: ClientErrorFilter },
        Decisions,
        SystemResolver,
      ],
      exports: [
        PLATFORM_CONFIG,
        JsonLogger,
        UpcasterRegistry,
        EVENT_STORE,
        STORED_EVENT_STORE,
        READ_STORE,
        CommandHandler,
        TOKEN_VERIFIER,
        Decisions,
        ProjectionCatalog,
        ReadModelsService,
        ReadYourWrites,
        ...(config.documents ? [DOCUMENT_STORE] : []),
      ],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.documentStore?.close();
    await this.eventStore.close();
  }
}
