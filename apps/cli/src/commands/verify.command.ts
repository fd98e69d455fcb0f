import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { VerificationService, type VerificationReport } from '@cdv/application-audit';
import { createDocumentStore } from '@cdv/document-store';
import { createEventStore } from '@cdv/event-store';
import { isTenantId, type DocumentStore, type EventStore } from '@cdv/eventsourcing';
import { loadPlatformConfig } from '@cdv/platform';
import { UsageError, type CliCommand, type CliIO } from '../cli-command';
import { progressReporter } from '../progress';

export const verifyCommand: CliCommand = {
  name: 'verify',
  summary: "Recompute a workspace's hash chains and seals; names the first broken link",
  usage: 'verify --tenant <id> [--json]',
  async run(argv, io) {
    const { values } = parseArgs({ args: argv, options: { tenant: { type: 'string' }, json: { type: 'boolean', default: false } } });
    const tenant = requireTenant(values.tenant);
    const report = await withEventStore(io, (store) =>
      withDocumentStore(io, (documents) => new VerificationService(store, documents).verify(tenant, { onProgress: progressOf(io, `verify ${tenant}`) })),
    );
    io.out(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
    return report.ok ? 0 : 1;
  },
};

export function requireTenant(tenant: string | undefined): string {
  if (!tenant || !isTenantId(tenant)) throw new UsageError('--tenant is required (a workspace id such as cabbalr)');
  return tenant;
}

/**
 * Opens the event store the configuration names (EVENT_STORE, DATA_DIR / EVENT_STORE_FILE, KURRENTDB_URL) and
 * closes it after the work. A missing SQLite file is an error: opening it would create an empty store and
 * "verify" an empty history.
 */
export async function withEventStore<T>(io: CliIO, work: (store: EventStore) => Promise<T>): Promise<T> {
  const config = loadPlatformConfig('cli', io.env);
  if (config.eventStore.kind === 'memory')
    throw new UsageError('EVENT_STORE=memory lives inside a running process: point the CLI at the SQLite file or at KurrentDB');
  if (config.eventStore.kind === 'sqlite' && !existsSync(config.eventStore.file)) {
    throw new UsageError(`no event store at ${config.eventStore.file} (set DATA_DIR or EVENT_STORE_FILE)`);
  }
  const store = createEventStore(config.eventStore);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** Opens the document store the configuration names (DOCUMENT_STORE, DOCUMENT_STORE_DIR, MONGODB_URL) for the work. */
export async function withDocumentStore<T>(io: CliIO, work: (documents: DocumentStore) => Promise<T>): Promise<T> {
  const config = loadPlatformConfig('cli', io.env);
  if (!config.documents) throw new UsageError('the CLI has no document store configured');
  const documents = await createDocumentStore(config.documents.store);
  try {
    return await work(documents);
  } finally {
    await documents.close();
  }
}

/**
 * Opens the configured event store for a command that may be the first write of an installation (seeding, opening a
 * workspace): a missing SQLite file is created, with its folder. The caller closes it.
 */
export function openOrCreateEventStore(io: CliIO): EventStore {
  const config = loadPlatformConfig('cli', io.env);
  if (config.eventStore.kind === 'memory')
    throw new UsageError('EVENT_STORE=memory lives inside a running process: point the CLI at the SQLite file or at KurrentDB');
  if (config.eventStore.kind === 'sqlite') mkdirSync(dirname(config.eventStore.file), { recursive: true });
  return createEventStore(config.eventStore);
}

/** Adapts the services' `{ done, total }` progress to the CLI's reporter. */
export function progressOf(io: CliIO, label: string, unit = 'events'): (progress: { done: number; total: number | null }) => void {
  const report = progressReporter(io, label, unit);
  return ({ done, total }) => report(done, total);
}

export function formatReport(report: VerificationReport): string {
  const lines = [
    `workspace ${report.tenant}: ${report.ok ? 'OK' : 'BROKEN'}`,
    `  checked up to position ${report.checkedUpTo}: ${report.streamsChecked} streams, ${report.eventsChecked} events, ${report.sealsChecked} seals, ${report.documentsChecked} files of pièces justificatives`,
  ];
  if (report.lastSeal) {
    lines.push(`  last seal: #${report.lastSeal.numero} at position ${report.lastSeal.position} (${report.lastSeal.poseLe}), root ${report.lastSeal.racine}`);
  } else {
    lines.push('  no seal yet: the chains are checked, nothing anchors them');
  }
  if (report.eventsAfterLastSeal > 0) lines.push(`  ${report.eventsAfterLastSeal} events after the last seal (chained, not yet sealed)`);
  if (report.firstBroken) {
    lines.push(`  first broken link: ${report.firstBroken.message}`);
    if (report.problemCount > 1) {
      lines.push(`  ${report.problemCount} problems in all${report.problems.length < report.problemCount ? ` (first ${report.problems.length} listed)` : ''}:`);
      for (const problem of report.problems) lines.push(`    - ${problem.message}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
