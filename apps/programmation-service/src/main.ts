import 'reflect-metadata';
import { ConfigError, createApiApp, JsonLogger, listen, loadPlatformConfig } from '@cdv/platform';
import { ProgrammationServiceModule } from '@cdv/topologies';

async function main(): Promise<void> {
  const config = loadPlatformConfig('programmation-service');
  const logger = new JsonLogger('programmation-service', config.logLevel);
  const app = await createApiApp(ProgrammationServiceModule.forRoot(config, logger), config, logger);
  await listen(app, config, logger);
}

main().catch((error: unknown) => {
  process.stderr.write(
    error instanceof ConfigError ? `${error.message}\n` : `programmation-service failed to start: ${(error as Error).stack ?? String(error)}\n`,
  );
  process.exit(1);
});
