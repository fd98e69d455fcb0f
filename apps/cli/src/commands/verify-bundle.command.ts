import { createReadStream, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { verifyBundle, type BundleVerification } from '@cdv/domain-audit';
import { UsageError, type CliCommand } from '../cli-command';

/** Reads only the file: no configuration, no database (what an auditor runs on their own machine). */
export const verifyBundleCommand: CliCommand = {
  name: 'verify-bundle',
  summary: 'Check an evidence bundle offline; names the first wrong line',
  usage: 'verify-bundle <file.jsonl> [--files <folder>] [--json]',
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false }, files: { type: 'string' } },
    });
    if (positionals.length !== 1) throw new UsageError('give the bundle file');
    const path = positionals[0];
    if (!existsSync(path)) throw new UsageError(`no file ${path}`);
    const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
    // The files of the pièces justificatives: the folder given, else the one the header names beside the bundle.
    const result = await verifyBundle(lines, {
      files: async (nom, dossier) => {
        const file = join(values.files ?? join(dirname(path), dossier), nom);
        return /^[0-9a-f]{64}$/.test(nom) && existsSync(file) ? createReadStream(file) : null;
      },
    });
    io.out(values.json ? `${JSON.stringify(result, null, 2)}\n` : formatBundleVerification(path, result));
    return result.ok ? 0 : 1;
  },
};

export function formatBundleVerification(path: string, result: BundleVerification): string {
  const scope = result.scope
    ? result.scope.kind === 'tenant'
      ? 'whole workspace'
      : result.scope.kind === 'dossier'
        ? `dossier ${result.scope.dossierId}`
        : `year ${result.scope.year}`
    : '?';
  const lines = [
    `${path}: ${result.ok ? 'OK' : 'BROKEN'}`,
    `  workspace ${result.tenant ?? '?'}, ${scope}: ${result.lines} lines, ${result.streams} streams, ${result.events} events, ${result.seals} seals` +
      (result.scope?.kind === 'tenant' ? `, ${result.rootsChecked} seal roots recomputed` : `, ${result.proofsChecked} inclusion proofs`) +
      `, ${result.documents} documents (${result.filesChecked} files hashed)`,
  ];
  for (const warning of result.warnings) lines.push(`  note: ${warning}`);
  if (result.firstProblem) {
    lines.push(`  first problem: ${result.firstProblem.message}`);
    for (const problem of result.problems.slice(1, 20)) lines.push(`    - ${problem.message}`);
  }
  return `${lines.join('\n')}\n`;
}
