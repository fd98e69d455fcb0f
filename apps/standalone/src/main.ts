import 'reflect-metadata';
import { ConfigError, createApiApp, JsonLogger, listen, loadPlatformConfig } from '@cdv/platform';
import { DemoSeeder } from '@cdv/demo-rapport';
import { StandaloneModule } from '@cdv/topologies';
import { startBanner } from './banner';

async function main(): Promise<void> {
  const config = loadPlatformConfig('standalone', process.env);
  const logger = new JsonLogger('standalone', config.logLevel);
  const app = await createApiApp(StandaloneModule.forRoot(config, logger), config, logger);
  // init first: the projections catch up from the event store (the embedded read models live in memory)
  await app.init();
  const demo = config.demo ? await app.get(DemoSeeder).seed() : [];
  const url = await listen(app, config, logger);
  process.stdout.write(`${startBanner(config, url, demo, process.env)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(error instanceof ConfigError ? `${error.message}\n` : `standalone failed to start: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
