import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { exportJournal, JournalService } from '@cdv/application-audit';
import { EXPORTS_PROGRAMMATION, exportReglesFinancement } from '@cdv/application-programmation';
import { ExportRegistry, FORMATS_EXPORT, preparerExport, type FormatExport } from '@cdv/exports';
import type { EventStore } from '@cdv/eventsourcing';
import { loadPlatformConfig } from '@cdv/platform';
import { GraphQLError } from 'graphql';
import { UsageError, type CliCommand, type CliIO } from '../cli-command';
import { progressReporter } from '../progress';
import { lectureCli } from './lecture-cli';
import { requireTenant, withEventStore } from './verify.command';

/** The exports the CLI knows: the same definitions the apps serve at /exports. */
export function registreCli(store: EventStore): ExportRegistry {
  const registry = new ExportRegistry();
  registry.enregistrer(...EXPORTS_PROGRAMMATION, exportReglesFinancement(store), exportJournal(new JournalService(store)));
  return registry;
}

/** An API refusal (code, message) as the CLI says it: a usage error for bad parameters, else exit 1. */
export function refusCli(io: CliIO, commande: string, error: unknown): number {
  if (!(error instanceof GraphQLError)) throw error;
  const code = String(error.extensions.code ?? 'ERROR');
  if (code === 'VALIDATION_FAILED') throw new UsageError(`${error.message}${error.extensions.field ? ` (${String(error.extensions.field)})` : ''}`);
  io.err(`cli ${commande}: ${error.message} (${code})\n`);
  return 1;
}

/** Writes beside, then renames: a failed export never leaves a truncated file under the final name. */
export async function ecrireFichier(chemin: string, ecrire: (sortie: Writable) => Promise<number>): Promise<number> {
  const partiel = `${chemin}.partial`;
  const sortie = createWriteStream(partiel);
  const ferme = new Promise<void>((resolveClose, reject) => {
    sortie.on('close', resolveClose);
    sortie.on('error', reject);
  });
  try {
    const lignes = await ecrire(sortie);
    await ferme;
    renameSync(partiel, chemin);
    return lignes;
  } catch (error) {
    sortie.destroy();
    rmSync(partiel, { force: true });
    throw error;
  }
}

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Export a list as CSV (French spreadsheets) or XLSX: dossiers, lignes-financement, versements, grand-livre, programmation, journal',
  usage: 'export --tenant <id> <export>.<csv|xlsx> [param=value …] [--out <file>]   (export --list: exports, parameters, columns)',
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { tenant: { type: 'string' }, out: { type: 'string' }, list: { type: 'boolean', default: false } },
    });
    if (values.list) {
      const catalogue = await withEventStore(io, async (store) => registreCli(store).catalogue());
      io.out(`${JSON.stringify(catalogue, null, 2)}\n`);
      return 0;
    }
    const tenant = requireTenant(values.tenant);
    const [fichier, ...parametres] = positionals;
    const match = fichier ? /^([a-z][a-z-]*)\.([a-z]+)$/.exec(fichier) : null;
    if (!match) throw new UsageError('name the export and its format, e.g. dossiers.xlsx or lignes-financement.csv (export --list shows them)');
    const format = match[2] as FormatExport;
    if (!FORMATS_EXPORT.includes(format)) throw new UsageError(`format ${match[2]} is not one of ${FORMATS_EXPORT.join(', ')}`);
    // key=value pairs: the HTTP endpoint's query parameters, same names and checks (a repeated key is a list)
    const query: Record<string, string | string[]> = {};
    for (const parametre of parametres) {
      const egal = parametre.indexOf('=');
      if (egal <= 0) throw new UsageError(`"${parametre}" is not a parameter: write name=value (e.g. annee=2019)`);
      const [nom, valeur] = [parametre.slice(0, egal), parametre.slice(egal + 1)];
      const deja = query[nom];
      query[nom] = deja === undefined ? valeur : [...(Array.isArray(deja) ? deja : [deja]), valeur];
    }
    const config = loadPlatformConfig('cli', io.env);
    return withEventStore(io, async (store) => {
      const definition = registreCli(store).trouver(match[1]);
      if (!definition) throw new UsageError(`no export ${match[1]} (known: ${registreCli(store).noms().join(', ')})`);
      const lecture = lectureCli(config, store, tenant, io);
      try {
        // The operator of the platform reads as the workspace's admin: every dossier, every column.
        const pret = await preparerExport(definition, format, query, { tenantId: tenant, role: 'admin', porteurId: null }, lecture.ouvrir);
        const chemin = resolve(values.out ?? pret.nomFichier);
        const progression = progressReporter(io, `export ${tenant} ${definition.nom}`, 'rows');
        const lignes = await ecrireFichier(chemin, (sortie) => pret.ecrire(sortie, (n) => progression(n, pret.total ?? null)));
        progression(lignes, lignes);
        io.err(`${lignes} rows written\n`);
        io.out(`${chemin}\n`);
        return 0;
      } catch (error) {
        return refusCli(io, 'export', error);
      } finally {
        await lecture.fermer();
      }
    });
  },
};
