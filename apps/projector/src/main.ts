import 'reflect-metadata';
import { ConfigError, createApiApp, JsonLogger, listen, loadPlatformConfig } from '@cdv/platform';
import { ProjectorModule } from '@cdv/topologies';

async function main(): Promise<void> {
  const config = loadPlatformConfig('projector');
  const logger = new JsonLogger('projector', config.logLevel);
  const app = await createApiApp(ProjectorModule.forRoot(config, logger), config, logger);
  await listen(app, config, logger);
}

main().catch((error: unknown) => {
  process.stderr.write(error instanceof ConfigError ? `${error.message}\n` : `projector failed to start: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
