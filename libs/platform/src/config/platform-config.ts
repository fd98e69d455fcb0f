import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { TokenVerifierConfig } from '@cdv/auth';
import { isTenantId } from '@cdv/eventsourcing';
import type { GraphqlEdgeConfig, IntrospectionPolicy } from '@cdv/graphql-common';
import type { DocumentStoreConfig } from '@cdv/document-store';
import { CONFIG_VARIABLES, type AppName } from './config-variables';
import { asBoolean, ConfigError, readVariables, type RawConfig } from './load-config';

export type EventStoreConfig = { kind: 'sqlite'; file: string } | { kind: 'memory' } | { kind: 'kurrentdb'; connectionString: string };
export type ReadStoreConfig = { kind: 'embedded' } | { kind: 'mongodb'; url: string };

/** The pièces justificatives: where their bytes live and the limits of the upload endpoint. */
export interface DocumentsConfig {
  store: DocumentStoreConfig;
  maxBytes: number;
  maxBytesPerDossier: number;
  /** Signs download links and upload receipts (docs/adr/0022-pieces-justificatives.md). */
  link: { secret: string; ttlSeconds: number };
}

export interface PlatformConfig {
  app: AppName;
  http: { port: number; host: string; maxRequestBytes: number; corsOrigins: string[] };
  /** Largest file the import endpoints accept (IMPORT_MAX_BYTES). */
  imports: { maxBytes: number };
  /** The workspace of the platform's operators (PLATFORM_TENANT): its admins open workspaces, it holds no territory. */
  platformTenant: string;
  dataDir: string;
  eventStore: EventStoreConfig;
  readStore: ReadStoreConfig;
  /** Null in apps that neither keep nor read documents (gateway, territoire service, projector). */
  documents: DocumentsConfig | null;
  runProjections: boolean;
  /** null for an app that serves no API and reads no AUTH_* variable (the projector): it accepts no token. */
  auth: TokenVerifierConfig | null;
  /** The GraphQL edge's limits and introspection policy (docs/security.md, "Limits"). */
  graphql: GraphqlEdgeConfig;
  demo: boolean;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  sealIntervalMinutes: number;
  /** Read models prepared for as-of queries at start (AS_OF_WARM). */
  asOfWarm: string[];
  subgraphs: { territoire: string; programmation: string; audit: string };
  /** The browser application this app serves (standalone and gateway only). */
  web: WebConfig | null;
}

export interface WebConfig {
  dir: string;
  /** OIDC client id of the web application (AUTH_MODE=oidc). */
  clientId: string;
}

/** Builds and validates an app's configuration from the environment (see config-variables.ts). */
export function loadPlatformConfig(app: AppName, env: RawConfig = process.env): PlatformConfig {
  const vars = readVariables(app, env);
  const platformTenant = vars.PLATFORM_TENANT ?? 'plateforme';
  if (!isTenantId(platformTenant)) throw new ConfigError([`PLATFORM_TENANT="${platformTenant}" is not a workspace id (lower-case letters, digits and dashes)`]);
  const dataDir = resolve(vars.DATA_DIR ?? './data');
  const eventStoreKind = vars.EVENT_STORE ?? 'sqlite';
  const eventStore: EventStoreConfig =
    eventStoreKind === 'memory'
      ? { kind: 'memory' }
      : eventStoreKind === 'kurrentdb'
        ? { kind: 'kurrentdb', connectionString: vars.KURRENTDB_URL as string }
        : { kind: 'sqlite', file: resolve(vars.EVENT_STORE_FILE ?? join(dataDir, 'events.sqlite')) };
  const readStore: ReadStoreConfig = vars.READ_STORE === 'mongodb' ? { kind: 'mongodb', url: vars.MONGODB_URL as string } : { kind: 'embedded' };
  const issuer = vars.AUTH_ISSUER ?? 'cdv-local';
  const audience = vars.AUTH_AUDIENCE ?? 'cdv-api';
  const maxTokenAgeSeconds = Number(vars.AUTH_TOKEN_MAX_AGE_MINUTES ?? 720) * 60;
  // Only the apps that verify tokens get a key: the projector must not create DATA_DIR/auth-secret (its image's
  // folder is read-only and the distributed topology has no DATA_DIR).
  const auth: TokenVerifierConfig | null = !CONFIG_VARIABLES.AUTH_MODE.apps.includes(app)
    ? null
    : vars.AUTH_MODE === 'oidc'
      ? { kind: 'jwks', jwksUrl: vars.AUTH_JWKS_URL as string, issuer, audience, maxTokenAgeSeconds }
      : { kind: 'local', secret: localSecret(vars.AUTH_LOCAL_SECRET, dataDir), issuer, audience, maxTokenAgeSeconds };
  return {
    app,
    http: {
      port: Number(vars.PORT ?? 4000),
      host: vars.HOST ?? '0.0.0.0',
      maxRequestBytes: Number(vars.REQUEST_MAX_BYTES ?? 1_048_576),
      corsOrigins: (vars.CORS_ORIGINS ?? '')
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    },
    imports: { maxBytes: Number(vars.IMPORT_MAX_BYTES ?? 10_485_760) },
    platformTenant,
    dataDir,
    eventStore,
    readStore,
    documents: documentsConfig(app, vars, dataDir),
    runProjections: asBoolean(vars.RUN_PROJECTIONS, app === 'standalone' || app === 'projector'),
    auth,
    graphql: {
      introspection: (vars.GRAPHQL_INTROSPECTION ?? 'authenticated') as IntrospectionPolicy,
      maxTokens: Number(vars.GRAPHQL_MAX_TOKENS ?? 5000),
      maxDepth: Number(vars.GRAPHQL_MAX_DEPTH ?? 12),
      maxCost: Number(vars.GRAPHQL_MAX_COST ?? 20000),
      maxAliases: Number(vars.GRAPHQL_MAX_ALIASES ?? 30),
      maxDirectives: Number(vars.GRAPHQL_MAX_DIRECTIVES ?? 50),
      maxFragments: Number(vars.GRAPHQL_MAX_FRAGMENTS ?? 100),
      maxFragmentSpreads: Number(vars.GRAPHQL_MAX_FRAGMENT_SPREADS ?? 200),
    },
    // the default is DEMO's in config-variables.ts (true for the standalone app, the only one that reads it)
    demo: asBoolean(vars.DEMO),
    logLevel: (vars.LOG_LEVEL ?? 'info') as PlatformConfig['logLevel'],
    sealIntervalMinutes: Number(vars.SEAL_INTERVAL_MINUTES ?? 60),
    asOfWarm: (vars.AS_OF_WARM ?? 'dossiers')
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name && name !== 'none'),
    subgraphs: {
      territoire: vars.TERRITOIRE_SERVICE_URL ?? 'http://localhost:4001/graphql',
      programmation: vars.PROGRAMMATION_SERVICE_URL ?? 'http://localhost:4002/graphql',
      audit: vars.AUDIT_SERVICE_URL ?? 'http://localhost:4003/graphql',
    },
    web: app === 'standalone' || app === 'gateway' ? { dir: resolve(vars.WEB_DIR ?? './dist/web'), clientId: vars.AUTH_CLIENT_ID ?? 'cdv-web' } : null,
  };
}

function documentsConfig(app: AppName, vars: Record<string, string | undefined>, dataDir: string): DocumentsConfig | null {
  if (!CONFIG_VARIABLES.DOCUMENT_STORE.apps.includes(app)) return null;
  let store: DocumentStoreConfig;
  if (vars.DOCUMENT_STORE === 'gridfs') {
    if (!vars.MONGODB_URL) throw new ConfigError(['MONGODB_URL is required when DOCUMENT_STORE=gridfs: the GridFS bucket lives on that MongoDB']);
    store = { kind: 'gridfs', url: vars.MONGODB_URL };
  } else {
    store = { kind: 'embedded', dir: resolve(vars.DOCUMENT_STORE_DIR ?? join(dataDir, 'documents')) };
  }
  const maxBytes = Number(vars.DOCUMENT_MAX_BYTES ?? 20_971_520);
  // Sizes travel as GraphQL Int (32 bits): a file is at most 2 GiB − 1.
  if (maxBytes < 1 || maxBytes > 2_147_483_647) throw new ConfigError([`DOCUMENT_MAX_BYTES=${maxBytes} must be between 1 and 2147483647 bytes`]);
  const serves = CONFIG_VARIABLES.DOCUMENT_LINK_SECRET.apps.includes(app);
  // Replicas of a distributed service must sign with one secret: a generated file would give each its own.
  if (serves && app !== 'standalone' && !vars.DOCUMENT_LINK_SECRET) {
    throw new ConfigError([`DOCUMENT_LINK_SECRET is required by ${app}: every replica must sign download links with the same secret (32+ characters)`]);
  }
  return {
    store,
    maxBytes,
    maxBytesPerDossier: Number(vars.DOCUMENT_MAX_BYTES_PER_DOSSIER ?? 209_715_200),
    link: {
      secret: serves ? fileSecret('DOCUMENT_LINK_SECRET', vars.DOCUMENT_LINK_SECRET, join(dataDir, 'document-link-secret')) : '',
      ttlSeconds: Number(vars.DOCUMENT_LINK_TTL_SECONDS ?? 300),
    },
  };
}

/** The token verification of an app that serves an API (every app but the projector). */
export function authOf(config: PlatformConfig): TokenVerifierConfig {
  if (!config.auth) throw new Error(`${config.app} verifies no token: it reads no AUTH_* variable`);
  return config.auth;
}

/**
 * The local issuer's secret: given, or generated once and kept in DATA_DIR/auth-secret so that the app and
 * `cli token` agree without any setup.
 */
function localSecret(given: string | undefined, dataDir: string): string {
  return fileSecret('AUTH_LOCAL_SECRET', given, join(dataDir, 'auth-secret'));
}

/** A secret given in the environment, or generated once into `file` (0600) and read from it afterwards. */
function fileSecret(variable: string, given: string | undefined, file: string): string {
  if (given) {
    if (given.length < 32) throw new ConfigError([`${variable} must be at least 32 characters long`]);
    return given;
  }
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
