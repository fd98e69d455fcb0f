import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { lireReglesAu } from '@cdv/application-programmation';
import { FORMATS_RAPPORT, type FormatRapport } from '@cdv/application-rapport';
import { parseInstant, type EventStore, type Projection, type ReadDocument } from '@cdv/eventsourcing';
import {
  assemblerRapport,
  documentDeVersion,
  documentEnCours,
  lireEntreesRapport,
  lireRapport,
  MODELES_DU_RAPPORT,
  projectionsDuRapport,
  rapportProjection,
  type DocumentRapport,
} from '@cdv/projections-rapport';
import { AsOfReader, type AsOfPoint } from '@cdv/read-store';
import { UsageError, type CliCommand } from '../cli-command';
import { requireTenant, withEventStore } from './verify.command';

/**
 * The rapport annuel as a file, from the event log (docs/domain/rapport-annuel.md): a version as arrêtée (its frozen
 * figures), or the projet assembled as of an instant (now by default) — the same document the API serves and
 * the same bytes (ADR 0017). The read models it needs are rebuilt from the log by the projections, so it works
 * on a copy of the store with no app running.
 */
export const rapportAnnuelCommand: CliCommand = {
  name: 'rapport-annuel',
  summary: 'Write the rapport annuel of a year as DOCX or HTML (a version, or the projet as of an instant), with progress',
  usage: 'rapport-annuel --tenant <id> --annee <yyyy> [--as-of <instant> | --version <n>] --out <file.docx|file.html>',
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: { tenant: { type: 'string' }, annee: { type: 'string' }, 'as-of': { type: 'string' }, version: { type: 'string' }, out: { type: 'string' } },
    });
    const tenant = requireTenant(values.tenant);
    if (!values.annee || !/^\d{4}$/.test(values.annee)) throw new UsageError('--annee is required (a year such as 2019)');
    const annee = Number(values.annee);
    if (values['as-of'] !== undefined && values.version !== undefined) throw new UsageError('give --as-of or --version, not both: a version is frozen');
    const asOf = values['as-of'] === undefined ? null : parseInstant(values['as-of']);
    if (values['as-of'] !== undefined && asOf === null) throw new UsageError(`--as-of ${values['as-of']} is not an instant (2020-09-29T12:00:00Z)`);
    if (values.version !== undefined && !/^[1-9]\d{0,5}$/.test(values.version))
      throw new UsageError(`--version ${values.version} is not a version number (1, 2…)`);
    if (!values.out) throw new UsageError('--out is required: the file to write, ending in .docx or .html');
    const format = extname(values.out).slice(1).toLowerCase();
    if (!Object.prototype.hasOwnProperty.call(FORMATS_RAPPORT, format)) throw new UsageError(`--out ${values.out} must end in .docx or .html`);
    const out = resolve(values.out);

    const started = Date.now();
    const etape = (message: string) => io.err(`rapport-annuel ${tenant} ${annee}: ${message} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
    const document = await withEventStore(io, (store) =>
      documentDuRapport(store, { tenant, annee, asOf, version: values.version === undefined ? null : Number(values.version) }, etape),
    );
    if (!document) {
      io.err(`cli rapport-annuel: the rapport ${annee} of ${tenant} has no version ${values.version}: omit --version for the projet\n`);
      return 1;
    }
    const octets = await FORMATS_RAPPORT[format as FormatRapport].rendre(document);
    etape(`${format.toUpperCase()} rendered, ${octets.length} bytes`);
    // Written beside, then renamed: a failed run never leaves a truncated report under the final name.
    const partial = `${out}.partial`;
    try {
      writeFileSync(partial, octets);
      renameSync(partial, out);
    } finally {
      rmSync(partial, { force: true });
    }
    const quoi =
      document.etat.version !== null
        ? `version ${document.etat.version} (${document.etat.statut})`
        : `projet at position ${document.rapport.etabliAu.position}`;
    etape(`written: ${quoi}`);
    io.out(`${out}\n`);
    return 0;
  },
};

/** Reads the log up to the point asked for and builds the document; null when the version asked for does not exist. */
async function documentDuRapport(
  store: EventStore,
  args: { tenant: string; annee: number; asOf: string | null; version: number | null },
  etape: (message: string) => void,
): Promise<DocumentRapport | null> {
  const head = await store.headPosition({ tenant: args.tenant });
  etape(`reading the workspace's log (${head > 0 ? `up to position ${head}` : 'empty'})${args.asOf ? ` as of ${args.asOf}` : ''}`);
  if (args.version !== null) {
    const cycle = await lireRapport(
      await new AsOfReader({ eventStore: store, projections: [rapportProjection as unknown as Projection<ReadDocument>] }).at(args.tenant, { position: head }),
      args.annee,
    );
    etape('life cycle read');
    return cycle?.versions.some((v) => v.version === args.version) ? documentDeVersion(cycle, args.version) : null;
  }
  const { rapport, vue } = await assemblerDepuisLeJournal(store, args.tenant, args.annee, args.asOf ? { asOf: args.asOf } : { position: head });
  etape(`read models rebuilt at position ${vue.position}`);
  etape('figures assembled');
  return documentEnCours(rapport, await lireRapport(vue, args.annee));
}

/**
 * The report assembled from the log at a position or an instant: the read models it reads rebuilt there (the
 * dossiers of that year only, `projectionsDuRapport`), the rules of then.
 */
export async function assemblerDepuisLeJournal(store: EventStore, tenant: string, annee: number, point: AsOfPoint) {
  const reader = new AsOfReader({ eventStore: store, projections: await projectionsDuRapport(store, tenant, annee) });
  const vue = await reader.at(tenant, point, MODELES_DU_RAPPORT);
  const { regles } = await lireReglesAu(store, tenant, { asOfPosition: vue.position });
  const asOf = 'asOf' in point ? point.asOf : null;
  const rapport = assemblerRapport(await lireEntreesRapport(vue, { tenantId: tenant, annee, etabliAu: { position: vue.position, asOf }, regles }));
  return { rapport, vue };
}
