import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { QpvImporter, type ImportQpvReport } from '@cdv/application-territoire';
import { type GenerationQpv } from '@cdv/domain-territoire';
import { UsageError, type CliCommand } from '../cli-command';
import { progressOf, requireTenant, withEventStore } from './verify.command';
import { estSirenValide } from '@cdv/shared-kernel';
import { creerCommandHandler } from '@cdv/platform';

export const importQpvCommand: CliCommand = {
  name: 'import-qpv',
  summary: 'Load the national QPV list (ANCT CSV) into a workspace; --dry-run shows what it would do',
  usage: 'import-qpv --tenant <id> --siren <EPCI SIREN> <file.csv> [--generation 2015|2024] [--dry-run] [--json]',
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        tenant: { type: 'string' },
        siren: { type: 'string' },
        generation: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
      },
    });
    const tenant = requireTenant(values.tenant);
    if (!values.siren || !estSirenValide(values.siren))
      throw new UsageError('--siren is the SIREN of the workspace’s EPCI (9 digits, Luhn): only its rows are imported');
    if (values.generation !== undefined && values.generation !== '2015' && values.generation !== '2024') throw new UsageError('--generation is 2015 or 2024');
    if (positionals.length !== 1) throw new UsageError('name one CSV file');
    const file = resolve(positionals[0]);
    if (!existsSync(file)) throw new UsageError(`no file at ${file}`);
    const csv = readFileSync(file, 'utf8');
    const dryRun = values['dry-run'];

    const report = await withEventStore(io, (store) =>
      new QpvImporter(creerCommandHandler(store), store).importer({
        tenantId: tenant,
        siren: values.siren as string,
        csv,
        // The file name is the provenance and part of the commandIds: importing the same file again appends nothing.
        document: basename(file),
        ...(values.generation ? { generation: Number(values.generation) as GenerationQpv } : {}),
        dryRun,
        onProgress: progressOf(io, `import-qpv ${tenant}`, 'commands'),
      }),
    );
    io.out(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(tenant, basename(file), report));
    // Rows in error or refused: the rest went through (or would have), but the caller must look.
    return report.erreurs.length > 0 || report.refus.length > 0 ? 1 : 0;
  },
};

function formatReport(tenant: string, file: string, report: ImportQpvReport): string {
  const lines = [
    `${report.dryRun ? 'dry run (nothing written): ' : ''}workspace ${tenant}, file ${file}`,
    `  ${report.declarations} QPV to declare, ${report.remplacements} successor links, ${report.dejaConnus.length} known already, ${report.ignorees} rows of other EPCIs`,
    `  ${report.evenements} events ${report.dryRun ? 'would be appended' : 'appended'}`,
  ];
  if (report.erreurs.length > 0) {
    lines.push(`  ${report.erreurs.length} rows in error (not imported):`);
    for (const erreur of report.erreurs) lines.push(`    line ${erreur.ligne}${erreur.code ? ` ${erreur.code}` : ''} [${erreur.champ}]: ${erreur.message}`);
  }
  if (report.refus.length > 0) {
    lines.push(`  ${report.refus.length} commands refused:`);
    for (const refus of report.refus) lines.push(`    ${refus.ligne ?? '?'} ${refus.type} on ${refus.stream}: ${refus.code} ${refus.message}`);
  }
  return `${lines.join('\n')}\n`;
}
