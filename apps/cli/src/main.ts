import 'reflect-metadata';
import { ConfigError } from '@cdv/platform';
import { UsageError, type CliCommand, type CliIO } from './cli-command';
import { exportEvidenceCommand } from './commands/export-evidence.command';
import { exportScdlCommand } from './commands/export-scdl.command';
import { exportCommand } from './commands/export.command';
import { importQpvCommand } from './commands/import-qpv.command';
import { importProgrammationCommand } from './commands/import-programmation.command';
import { ouvrirTerritoireCommand } from './commands/ouvrir-territoire.command';
import { rebuildCommand } from './commands/rebuild.command';
import { seedCommand } from './commands/seed.command';
import { tokenCommand } from './commands/token.command';
import { verifyBundleCommand } from './commands/verify-bundle.command';
import { verifyCommand } from './commands/verify.command';

const COMMANDS: CliCommand[] = [
  tokenCommand,
  verifyCommand,
  exportEvidenceCommand,
  verifyBundleCommand,
  ouvrirTerritoireCommand,
  seedCommand,
  importProgrammationCommand,
  importQpvCommand,
  rebuildCommand,
  exportCommand,
  exportScdlCommand,
];

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.err(`usage: cli <command> [options]\n\ncommands:\n${COMMANDS.map((c) => `  ${c.name.padEnd(22)} ${c.summary}`).join('\n')}\n`);
    return name === undefined || name === 'help' || name === '--help' ? 0 : 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`cli ${command.name}: ${(error as Error).message}\nusage: cli ${command.usage}\n`);
      return 2;
    }
    if (error instanceof ConfigError) {
      io.err(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

if (require.main === module) {
  runCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    env: process.env,
  })
    .then((code) => process.exit(code))
    .catch((error: unknown) => {
      process.stderr.write(`cli failed: ${(error as Error).stack ?? String(error)}\n`);
      process.exit(1);
    });
}
