/**
 * Every environment variable any app reads, with its meaning and default: the single source for validation
 * at start, for docs/operations.md and for the infra files (a test checks that they agree).
 */
export type AppName = 'standalone' | 'gateway' | 'territoire-service' | 'programmation-service' | 'audit-service' | 'projector' | 'cli';
const ALL: AppName[] = ['standalone', 'gateway', 'territoire-service', 'programmation-service', 'audit-service', 'projector', 'cli'];
const SERVICES: AppName[] = ['standalone', 'territoire-service', 'programmation-service', 'audit-service'];
const STORAGE: AppName[] = [...SERVICES, 'projector', 'cli'];
const HTTP: AppName[] = [...SERVICES, 'gateway', 'projector'];
const API: AppName[] = [...SERVICES, 'gateway'];
/** Apps that keep or read the pièces justificatives: the upload/download endpoint, verify and evidence bundles. */
const DOCUMENTS: AppName[] = ['standalone', 'programmation-service', 'audit-service', 'cli'];
/** Apps that serve the document endpoints (/documents/…). */
const DOCUMENT_ENDPOINTS: AppName[] = ['standalone', 'programmation-service'];

export type VariableKind = 'port' | 'string' | 'url' | 'boolean' | 'integer' | 'enum' | 'list';

export interface ConfigVariable {
  kind: VariableKind;
  description: string;
  default?: string;
  values?: readonly string[];
  apps: AppName[];
  /** Only needed when another variable selects it (e.g. MONGODB_URL when READ_STORE=mongodb). */
  requiredWhen?: { variable: string; equals: string };
  secret?: boolean;
}

export const CONFIG_VARIABLES: Record<string, ConfigVariable> = {
  PORT: {
    kind: 'port',
    default: '4000',
    description:
      'HTTP port of the process (GraphQL at /graphql, health at /health/*, metrics at /metrics); for the CLI, the port of the app its hints point to.',
    apps: [...HTTP, 'cli'],
  },
  HOST: { kind: 'string', default: '0.0.0.0', description: 'Interface to listen on.', apps: HTTP },
  DATA_DIR: { kind: 'string', default: './data', description: 'Folder of the embedded storage (SQLite file, local signing secret).', apps: STORAGE },
  EVENT_STORE: { kind: 'enum', values: ['sqlite', 'memory', 'kurrentdb'], default: 'sqlite', description: 'Event store adapter.', apps: STORAGE },
  EVENT_STORE_FILE: { kind: 'string', description: 'SQLite file of the event store (default: DATA_DIR/events.sqlite).', apps: STORAGE },
  KURRENTDB_URL: {
    kind: 'url',
    description: 'KurrentDB connection string, e.g. kurrentdb://node1:2113,node2:2113,node3:2113?tls=true (gossip seeds for a cluster).',
    requiredWhen: { variable: 'EVENT_STORE', equals: 'kurrentdb' },
    apps: STORAGE,
    secret: true,
  },
  READ_STORE: { kind: 'enum', values: ['embedded', 'mongodb'], default: 'embedded', description: 'Read-model store adapter.', apps: STORAGE },
  MONGODB_URL: {
    kind: 'url',
    description: 'MongoDB connection string (replica set for transactional checkpoints), e.g. mongodb://m1,m2,m3/?replicaSet=rs0.',
    requiredWhen: { variable: 'READ_STORE', equals: 'mongodb' },
    apps: STORAGE,
    secret: true,
  },
  DOCUMENT_STORE: {
    kind: 'enum',
    values: ['embedded', 'gridfs'],
    default: 'embedded',
    description:
      'Where the bytes of the pièces justificatives live: embedded (files under DOCUMENT_STORE_DIR, content-addressed by SHA-256) or gridfs (MongoDB GridFS at MONGODB_URL, database cdv_documents; the distributed topology).',
    apps: DOCUMENTS,
  },
  DOCUMENT_STORE_DIR: { kind: 'string', description: 'Folder of the embedded document store (default: DATA_DIR/documents).', apps: DOCUMENTS },
  DOCUMENT_MAX_BYTES: {
    kind: 'integer',
    default: '20971520',
    description: 'Largest file accepted by the upload endpoint, in bytes (20 MiB by default); larger uploads get FILE_TOO_LARGE.',
    apps: DOCUMENT_ENDPOINTS,
  },
  DOCUMENT_MAX_BYTES_PER_DOSSIER: {
    kind: 'integer',
    default: '209715200',
    description:
      'Largest total of the current files of one dossier (its bilan included) or one convention, in bytes (200 MiB by default); beyond, DOSSIER_QUOTA_EXCEEDED. Replaced and withdrawn versions do not count.',
    apps: DOCUMENT_ENDPOINTS,
  },
  DOCUMENT_LINK_SECRET: {
    kind: 'string',
    description:
      'HS256 secret that signs download links and upload receipts. At least 32 characters. standalone: generated once into DATA_DIR/document-link-secret when unset; programmation-service: required, the same on every replica.',
    apps: DOCUMENT_ENDPOINTS,
    secret: true,
  },
  DOCUMENT_LINK_TTL_SECONDS: {
    kind: 'integer',
    default: '300',
    description: 'Lifetime of a download link given by GraphQL, in seconds.',
    apps: DOCUMENT_ENDPOINTS,
  },
  RUN_PROJECTIONS: {
    kind: 'boolean',
    description: 'Run the projection runners in this process (default: true for standalone and projector, false for subgraph services).',
    apps: [...SERVICES, 'projector'],
  },
  AUTH_MODE: {
    kind: 'enum',
    values: ['local', 'oidc'],
    default: 'local',
    description: 'local: HS256 tokens minted by `cli token`; oidc: tokens of an OIDC provider checked against its JWKS.',
    apps: [...API, 'cli'],
  },
  AUTH_LOCAL_SECRET: {
    kind: 'string',
    description: 'HS256 secret of the local issuer (default: generated once into DATA_DIR/auth-secret). At least 32 characters.',
    apps: [...API, 'cli'],
    secret: true,
  },
  AUTH_ISSUER: { kind: 'string', default: 'cdv-local', description: 'Expected `iss` of tokens (the OIDC issuer URL in oidc mode).', apps: [...API, 'cli'] },
  AUTH_AUDIENCE: { kind: 'string', default: 'cdv-api', description: 'Expected `aud` of tokens.', apps: [...API, 'cli'] },
  AUTH_TOKEN_MAX_AGE_MINUTES: {
    kind: 'integer',
    default: '720',
    description:
      'Oldest token accepted, counted from its `iat`; a token must also carry `exp` (tokens without either are refused). `cli token --expires` cannot exceed it.',
    apps: [...API, 'cli'],
  },
  AUTH_JWKS_URL: {
    kind: 'url',
    description: 'JWKS endpoint of the OIDC provider (ProConnect, Keycloak…).',
    requiredWhen: { variable: 'AUTH_MODE', equals: 'oidc' },
    apps: API,
  },
  WEB_DIR: {
    kind: 'string',
    default: './dist/web',
    description:
      'Folder of the built web application (`npm run build`), served at `/` with history-API routes falling back to index.html; nothing is served when it is missing.',
    apps: ['standalone', 'gateway'],
  },
  AUTH_CLIENT_ID: {
    kind: 'string',
    default: 'cdv-web',
    description: 'OIDC client id of the web application (Authorization Code + PKCE, a public client registered at the provider).',
    apps: ['standalone', 'gateway'],
  },
  DEMO: {
    kind: 'boolean',
    default: 'true',
    description: 'Seed the demo workspaces from the fixture territories at start (appends nothing when already seeded).',
    apps: ['standalone'],
  },
  GRAPHQL_INTROSPECTION: {
    kind: 'enum',
    values: ['public', 'authenticated', 'off'],
    default: 'authenticated',
    description:
      'Who may introspect the schema (`__schema`, `__type`): anyone, callers with a valid token, or nobody. Field suggestions in error messages are hidden unless `public` (docs/security.md).',
    apps: API,
  },
  GRAPHQL_MAX_TOKENS: {
    kind: 'integer',
    default: '5000',
    description: 'Most lexical tokens a GraphQL document may have: the parser stops there, before any validation.',
    apps: API,
  },
  GRAPHQL_MAX_DEPTH: {
    kind: 'integer',
    default: '12',
    description: 'Deepest selection a query may have (fragments counted where they are spread).',
    apps: API,
  },
  GRAPHQL_MAX_COST: {
    kind: 'integer',
    default: '20000',
    description:
      'Highest cost a query may have: each field 1, times the page size (`first`) of the lists around it; `__schema` and `__type` cost what they can return.',
    apps: API,
  },
  GRAPHQL_MAX_ALIASES: {
    kind: 'integer',
    default: '30',
    description: 'Most aliases an operation may use (fragments counted each time they are spread).',
    apps: API,
  },
  GRAPHQL_MAX_DIRECTIVES: { kind: 'integer', default: '50', description: 'Most directives (`@include`, `@skip`…) an operation may use.', apps: API },
  GRAPHQL_MAX_FRAGMENTS: { kind: 'integer', default: '100', description: 'Most fragment definitions a document may hold.', apps: API },
  GRAPHQL_MAX_FRAGMENT_SPREADS: { kind: 'integer', default: '200', description: 'Most fragment spreads (`...Name`) a document may hold.', apps: API },
  REQUEST_MAX_BYTES: { kind: 'integer', default: '1048576', description: 'Largest request body accepted, in bytes.', apps: API },
  IMPORT_MAX_BYTES: {
    kind: 'integer',
    default: '10485760',
    description:
      'Largest file accepted by the import endpoints (`POST /imports/programmation`, `POST /imports/qpv`), in bytes: a programmation spreadsheet or the national QPV list.',
    apps: ['standalone', 'territoire-service', 'programmation-service'],
  },
  PLATFORM_TENANT: {
    kind: 'string',
    default: 'plateforme',
    description:
      'Workspace id reserved to the platform’s operators: an `admin` of it may open new workspaces (`ouvrirEspaceDeTravail`); it holds no territory (docs/adr/0030-platform-operators-open-workspaces.md).',
    apps: API,
  },
  CORS_ORIGINS: { kind: 'list', default: '', description: 'Comma-separated origins allowed by CORS (empty: same origin only).', apps: API },
  LOG_LEVEL: {
    kind: 'enum',
    values: ['debug', 'info', 'warn', 'error'],
    default: 'info',
    description: 'Lowest level of the JSON logs written to stdout.',
    apps: ALL,
  },
  AS_OF_WARM: {
    kind: 'list',
    default: 'dossiers',
    description:
      'Read models whose history each workspace prepares for as-of queries, in the background once the read models have caught up at start, so that the first as-of query of an auditor does not wait for it (comma-separated; `none` to prepare nothing).',
    apps: SERVICES,
  },
  SEAL_INTERVAL_MINUTES: {
    kind: 'integer',
    default: '60',
    description: 'How often the audit service seals each tenant (0: only on demand).',
    apps: ['standalone', 'audit-service'],
  },
  TERRITOIRE_SERVICE_URL: { kind: 'url', default: 'http://localhost:4001/graphql', description: 'GraphQL endpoint of territoire-service.', apps: ['gateway'] },
  PROGRAMMATION_SERVICE_URL: {
    kind: 'url',
    default: 'http://localhost:4002/graphql',
    description: 'GraphQL endpoint of programmation-service.',
    apps: ['gateway'],
  },
  AUDIT_SERVICE_URL: { kind: 'url', default: 'http://localhost:4003/graphql', description: 'GraphQL endpoint of audit-service.', apps: ['gateway'] },
};
