import 'reflect-metadata';
import { ConfigError, createApiApp, JsonLogger, listen, loadPlatformConfig } from '@cdv/platform';
import { DemoSeeder, StandaloneModule } from '@cdv/topologies';

async function main(): Promise<void> {
  const config = loadPlatformConfig('standalone', { DEMO: 'true', ...process.env });
  const logger = new JsonLogger('standalone', config.logLevel);
  const app = await createApiApp(StandaloneModule.forRoot(config, logger), config, logger);
  // init first: the projections catch up from the event store (the embedded read models live in memory)
  await app.init();
  const demo = config.demo ? await app.get(DemoSeeder).seed() : [];
  const url = await listen(app, config, logger);
  process.stdout.write(
    [
      '',
      `  Contrat de ville platform (embedded) — GraphQL at ${url}/graphql`,
      `  Event store: ${config.eventStore.kind === 'sqlite' ? config.eventStore.file : config.eventStore.kind}`,
      demo.length > 0 ? `  Demo workspaces: ${demo.join(', ')} (the CABBALR 2019 programmation is in "cabbalr")` : '  No demo (DEMO=false)',
      '  Get a token:  npm run --silent cli -- token --tenant cabbalr --role agent',
      '',
    ].join('\n') + '\n',
  );
}

main().catch((error: unknown) => {
  process.stderr.write(error instanceof ConfigError ? `${error.message}\n` : `standalone failed to start: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
