import 'reflect-metadata';
import { ConfigError, createApiApp, JsonLogger, listen, loadPlatformConfig } from '@cdv/platform';
import { StandaloneModule } from '@cdv/topologies';

async function main(): Promise<void> {
  const config = loadPlatformConfig('standalone', { DEMO: 'true', ...process.env });
  const logger = new JsonLogger('standalone', config.logLevel);
  const app = await createApiApp(StandaloneModule.forRoot(config, logger), config, logger);
  const url = await listen(app, config, logger);
  process.stdout.write(
    [
      '',
      `  Contrat de ville platform (embedded) — GraphQL at ${url}/graphql`,
      `  Data: ${config.eventStore.kind === 'sqlite' ? config.eventStore.file : config.eventStore.kind}`,
      '  Get a token:  npm run cli -- token --tenant cabbalr --role agent',
      '',
    ].join('\n') + '\n',
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`standalone failed to start: ${(error as Error).stack ?? String(error)}\n`);
  }
  process.exit(1);
});
