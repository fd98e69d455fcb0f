import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DynamicModule, INestApplication } from '@nestjs/common';
import { LocalTokenIssuer, type Membership, type UserRole } from '@cdv/auth';
import type { EventStore } from '@cdv/eventsourcing';
import { authOf, createApiApp, EVENT_STORE, JsonLogger, loadPlatformConfig, ReadModelsService, type AppName, type PlatformConfig } from '@cdv/platform';

export const TEST_AUTH_SECRET = 'test-secret-test-secret-test-secret-0123456789';
export const TEST_DOCUMENT_LINK_SECRET = 'test-link-secret-test-link-secret-0123456789';

export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> & { code?: string } }>;
}

/** A GraphQL client for tests: one token and tenant per client, plain fetch. */
export class GraphqlClient {
  constructor(
    readonly url: string,
    private readonly token?: string,
    private readonly tenant?: string,
  ) {}

  as(token: string | undefined, tenant?: string): GraphqlClient {
    return new GraphqlClient(this.url, token, tenant);
  }

  async request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<GraphqlResponse<T>> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...(this.tenant ? { 'x-tenant': this.tenant } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    try {
      return { status: response.status, ...(JSON.parse(text) as object) };
    } catch {
      return { status: response.status, errors: [{ message: text }] };
    }
  }

  /** Fails the test with the errors when the response has any; returns data. */
  async ok<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await this.request<T>(query, variables);
    if (response.errors?.length || !response.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(response.errors ?? response)}`);
    }
    return response.data;
  }

  /** Expects an error with this code; returns the first error. */
  async fails(query: string, variables: Record<string, unknown>, code: string) {
    const response = await this.request(query, variables);
    const error = response.errors?.[0];
    if (!error) throw new Error(`expected ${code}, got data ${JSON.stringify(response.data)}`);
    if (error.extensions?.code !== code) throw new Error(`expected ${code}, got ${JSON.stringify(response.errors)}`);
    return error;
  }
}

export interface TestApp {
  app: INestApplication;
  config: PlatformConfig;
  url: string;
  client: GraphqlClient;
  issuer: LocalTokenIssuer;
  token(tenant: string, role: UserRole, organisationId?: string, more?: Membership[]): Promise<string>;
  /** A client with a token for one tenant and role. */
  clientFor(tenant: string, role: UserRole, organisationId?: string): Promise<GraphqlClient>;
  close(): Promise<void>;
}

/**
 * Starts an API app on a free port with the given environment (in-memory stores by default), and a local
 * token issuer sharing its secret. The same harness serves the standalone app and each subgraph service.
 */
export async function startTestApp(
  app: AppName,
  moduleFor: (config: PlatformConfig, logger: JsonLogger) => DynamicModule,
  env: Record<string, string> = {},
): Promise<TestApp> {
  // Documents go to a folder of this app's own, removed with it (never ./data of the checkout).
  const documents = mkdtempSync(join(tmpdir(), 'cdv-test-documents-'));
  const config = loadPlatformConfig(app, {
    DOCUMENT_STORE_DIR: documents,
    DOCUMENT_LINK_SECRET: TEST_DOCUMENT_LINK_SECRET,
    PORT: '0',
    HOST: '127.0.0.1',
    EVENT_STORE: 'memory',
    READ_STORE: 'embedded',
    AUTH_LOCAL_SECRET: TEST_AUTH_SECRET,
    DEMO: 'false',
    SEAL_INTERVAL_MINUTES: '0',
    LOG_LEVEL: 'error',
    ...env,
  });
  const logger = new JsonLogger(app, config.logLevel);
  const nest = await createApiApp(moduleFor(config, logger), config, logger);
  await nest.listen(0, '127.0.0.1');
  const url = `${(await nest.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;
  const auth = authOf(config);
  const issuer = new LocalTokenIssuer(TEST_AUTH_SECRET, auth.issuer, auth.audience);
  const token = (tenant: string, role: UserRole, organisationId?: string, more: Membership[] = []) =>
    issuer.mint({ sub: `${role}@${tenant}`, memberships: [{ tenant, roles: [role], ...(organisationId ? { organisationId } : {}) }, ...more] });
  return {
    app: nest,
    config,
    url,
    client: new GraphqlClient(url),
    issuer,
    token,
    clientFor: async (tenant, role, organisationId) => new GraphqlClient(url, await token(tenant, role, organisationId), tenant),
    close: async () => {
      await nest.close();
      rmSync(documents, { recursive: true, force: true });
    },
  };
}

/**
 * Waits until the app's read models include everything its store holds now: for a test that wrote around the
 * command path (a seeder) and then reads. Read-your-writes gives up after a few seconds on a loaded machine (the
 * write stays, the read is late); a test waits longer rather than read a partial view.
 */
export async function readModelsAJour(app: INestApplication, limitMs = 120_000): Promise<void> {
  const head = await app.get<EventStore>(EVENT_STORE).headPosition();
  const limite = Date.now() + limitMs;
  while (!(await app.get(ReadModelsService).afterWrite(head))) {
    if (Date.now() > limite) throw new Error(`the read models are still behind position ${head} after ${limitMs} ms`);
  }
}

type ModuleFactory = (config: PlatformConfig, logger: JsonLogger) => DynamicModule;

export interface DistributedTestApps extends TestApp {
  services: { territoire: TestApp; programmation: TestApp; audit: TestApp };
}

/**
 * The distributed topology in this process: three subgraph services on their own ports sharing one SQLite event
 * store file (each projects its own embedded read models from it), and the gateway composing them. `app` is the
 * gateway's; in-process helpers (seeders) are reached through `services`.
 */
export async function startDistributedTestApps(
  modules: { territoire: ModuleFactory; programmation: ModuleFactory; audit: ModuleFactory; gateway: ModuleFactory },
  env: Record<string, string> = {},
): Promise<DistributedTestApps> {
  const dir = mkdtempSync(join(tmpdir(), 'cdv-distributed-'));
  // One event store file and one document folder for every service, as one database and one GridFS would be.
  const shared = {
    EVENT_STORE: 'sqlite',
    EVENT_STORE_FILE: join(dir, 'events.sqlite'),
    DOCUMENT_STORE_DIR: join(dir, 'documents'),
    RUN_PROJECTIONS: 'true',
    ...env,
  };
  const [territoire, programmation, audit] = await Promise.all([
    startTestApp('territoire-service', modules.territoire, shared),
    startTestApp('programmation-service', modules.programmation, shared),
    startTestApp('audit-service', modules.audit, shared),
  ]);
  // the gateway reads only its own variables of `env` (e.g. WEB_DIR)
  const gateway = await startTestApp('gateway', modules.gateway, {
    ...env,
    TERRITOIRE_SERVICE_URL: territoire.url,
    PROGRAMMATION_SERVICE_URL: programmation.url,
    AUDIT_SERVICE_URL: audit.url,
  });
  return {
    ...gateway,
    services: { territoire, programmation, audit },
    async close() {
      await gateway.close();
      await Promise.all([territoire, programmation, audit].map((service) => service.close()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
