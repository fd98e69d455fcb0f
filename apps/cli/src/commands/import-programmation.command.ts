import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { FichierIllisible, ProgrammationImporter, type ProblemeImport, type RapportImport } from '@cdv/application-programmation';
import { UsageError, type CliCommand } from '../cli-command';
import { progressReporter } from '../progress';
import { requireTenant, withEventStore } from './verify.command';
import { creerCommandHandler } from '@cdv/platform';

/** Warnings beyond this many are counted, not listed: errors are always listed in full. */
const WARNINGS_LISTED = 30;

export const importProgrammationCommand: CliCommand = {
  name: 'import-programmation',
  summary: 'Import a programmation spreadsheet (XLSX or CSV, one row per dossier × financeur line)',
  usage: 'import-programmation --tenant <id> <file.xlsx|file.csv> [--sheet <name>] [--dry-run] [--year <aaaa>] [--user <id>]',
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        tenant: { type: 'string' },
        sheet: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        year: { type: 'string' },
        user: { type: 'string' },
      },
    });
    const tenant = requireTenant(values.tenant);
    if (positionals.length !== 1) throw new UsageError('name one file to import (.xlsx or .csv)');
    const path = positionals[0];
    if (!existsSync(path) || !statSync(path).isFile()) throw new UsageError(`no file at ${path}`);
    const year = values.year === undefined ? undefined : Number(values.year);
    if (year !== undefined && (!Number.isInteger(year) || year < 2000 || year > 2100))
      throw new UsageError('--year is a year (aaaa), used for rows without one');
    const fileName = basename(path);
    const dryRun = values['dry-run'];

    let rapport: RapportImport;
    try {
      rapport = await withEventStore(io, (store) =>
        new ProgrammationImporter(creerCommandHandler(store), store).importer(
          {
            tenantId: tenant,
            fileName,
            bytes: readFileSync(path),
            ...(values.sheet ? { feuille: values.sheet } : {}),
            // The operator's own id when given (an agent of the workspace), otherwise the import itself.
            actor: values.user ? { userId: values.user, role: 'agent' } : { userId: `import:${fileName}`, role: 'system' },
            ...(year !== undefined ? { anneeParDefaut: year } : {}),
          },
          {
            dryRun,
            onProgress: (
              (report) => (p: { rowsDone: number; rowsTotal: number }) =>
                report(p.rowsDone, p.rowsTotal)
            )(progressReporter(io, `import-programmation ${tenant}`, 'rows')),
          },
        ),
      );
    } catch (error) {
      if (!(error instanceof FichierIllisible)) throw error;
      io.err(`${fileName}: ${error.message}\nnothing imported\n`);
      return 1;
    }
    io.out(formatRapport(fileName, tenant, rapport, dryRun));
    if (rapport.analyse.errors.length > 0) return 1;
    return rapport.ecriture?.refus ? 1 : 0;
  },
};

export function formatRapport(fileName: string, tenant: string, rapport: RapportImport, dryRun: boolean): string {
  const { analyse, tableau, ecriture } = rapport;
  const lines = [`${fileName}${tableau.feuille ? ` (sheet « ${tableau.feuille} »)` : ''} → ${tenant}: ${analyse.rows} rows, ${analyse.dossiers} dossiers`];
  if (analyse.errors.length) {
    lines.push(`${analyse.errors.length} error${analyse.errors.length > 1 ? 's' : ''}:`);
    for (const error of analyse.errors) lines.push(`  ${probleme(error)}`);
  }
  if (analyse.warnings.length) {
    lines.push(`${analyse.warnings.length} warning${analyse.warnings.length > 1 ? 's' : ''}:`);
    for (const warning of analyse.warnings.slice(0, WARNINGS_LISTED)) lines.push(`  ${probleme(warning)}`);
    if (analyse.warnings.length > WARNINGS_LISTED) lines.push(`  … and ${analyse.warnings.length - WARNINGS_LISTED} more`);
  }
  if (dryRun) {
    const { simulation } = rapport;
    if (simulation && simulation.commands > 0 && simulation.alreadyRecorded === simulation.commands)
      lines.push(`dry run: nothing written, and nothing new: the ${simulation.commands} commands of this file are recorded already.`);
    else
      lines.push(
        analyse.errors.length
          ? 'dry run: nothing written. Fix the errors above, then run again.'
          : `dry run: nothing written. The file is ready (${simulation?.commands ?? 0} commands, ${simulation?.alreadyRecorded ?? 0} of them recorded already): run again without --dry-run to import it.`,
      );
  } else if (analyse.errors.length) {
    lines.push('nothing imported: a file is imported whole or not at all. Fix the errors above, then run again.');
  } else if (ecriture) {
    const deja = ecriture.replayed ? ` (${ecriture.replayed} already recorded, skipped)` : '';
    if (ecriture.refus) {
      const r = ecriture.refus;
      lines.push(
        `stopped at row ${r.row} (dossier ${r.reference}${r.column ? `, column « ${r.column} »` : ''}): ${r.commande} refused — ${r.code}: ${r.message}`,
        `  to fix: ${r.conseil}`,
        `  ${ecriture.appended} events written before it stay${deja}; running the import again skips what is recorded and continues from there.`,
      );
    } else if (ecriture.appended === 0) {
      lines.push(`nothing new: the ${ecriture.commands} commands of this file are recorded already.`);
    } else {
      lines.push(`imported: ${ecriture.commands} commands, ${ecriture.appended} events appended${deja}.`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function probleme(p: ProblemeImport): string {
  return `row ${p.row}${p.column ? `, ${p.column}` : ''}: ${p.code} — ${p.message}`;
}
