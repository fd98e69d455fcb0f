import 'reflect-metadata';
import { ConfigError, createApiApp, JsonLogger, listen, loadPlatformConfig } from '@cdv/platform';
import { TerritoireServiceModule } from '@cdv/topologies';

async function main(): Promise<void> {
  const config = loadPlatformConfig('territoire-service');
  const logger = new JsonLogger('territoire-service', config.logLevel);
  const app = await createApiApp(TerritoireServiceModule.forRoot(config, logger), config, logger);
  await listen(app, config, logger);
}

main().catch((error: unknown) => {
  process.stderr.write(
    error instanceof ConfigError ? `${error.message}\n` : `territoire-service failed to start: ${(error as Error).stack ?? String(error)}\n`,
  );
  process.exit(1);
});
