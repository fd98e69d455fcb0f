import 'reflect-metadata';
import { UsageError, type CliCommand, type CliIO } from './cli-command';

/**
 * The commands, each loaded when it runs: `cli verify-bundle` (an auditor's machine) loads the bundle's verifier
 * only, never the application (verify-bundle.command.unit.spec.ts); the list of all loads them all.
 */
const COMMANDS: ReadonlyArray<{ name: string; load: () => Promise<CliCommand> }> = [
  { name: 'token', load: async () => (await import('./commands/token.command')).tokenCommand },
  { name: 'verify', load: async () => (await import('./commands/verify.command')).verifyCommand },
  { name: 'export-evidence', load: async () => (await import('./commands/export-evidence.command')).exportEvidenceCommand },
  { name: 'verify-bundle', load: async () => (await import('./commands/verify-bundle.command')).verifyBundleCommand },
  { name: 'ouvrir-territoire', load: async () => (await import('./commands/ouvrir-territoire.command')).ouvrirTerritoireCommand },
  { name: 'seed', load: async () => (await import('./commands/seed.command')).seedCommand },
  { name: 'import-programmation', load: async () => (await import('./commands/import-programmation.command')).importProgrammationCommand },
  { name: 'import-qpv', load: async () => (await import('./commands/import-qpv.command')).importQpvCommand },
  { name: 'rebuild', load: async () => (await import('./commands/rebuild.command')).rebuildCommand },
  { name: 'rapport-annuel', load: async () => (await import('./commands/rapport-annuel.command')).rapportAnnuelCommand },
  { name: 'export', load: async () => (await import('./commands/export.command')).exportCommand },
  { name: 'export-scdl', load: async () => (await import('./commands/export-scdl.command')).exportScdlCommand },
];

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  const entry = COMMANDS.find((candidate) => candidate.name === name);
  if (!entry) {
    const all = await Promise.all(COMMANDS.map((candidate) => candidate.load()));
    io.err(`usage: cli <command> [options]\n\ncommands:\n${all.map((c) => `  ${c.name.padEnd(22)} ${c.summary}`).join('\n')}\n`);
    return name === undefined || name === 'help' || name === '--help' ? 0 : 2;
  }
  const command = await entry.load();
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`cli ${command.name}: ${(error as Error).message}\nusage: cli ${command.usage}\n`);
      return 2;
    }
    // by name: importing ConfigError would load the platform for every command
    if ((error as Error).name === 'ConfigError') {
      io.err(`${(error as Error).message}\n`);
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
