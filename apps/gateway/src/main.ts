import 'reflect-metadata';
import { ConfigError, createApiApp, JsonLogger, listen, loadPlatformConfig } from '@cdv/platform';
import { GatewayModule } from '@cdv/topologies';

async function main(): Promise<void> {
  const config = loadPlatformConfig('gateway');
  const logger = new JsonLogger('gateway', config.logLevel);
  const app = await createApiApp(GatewayModule.forRoot(config, logger), config, logger);
  await listen(app, config, logger);
}

main().catch((error: unknown) => {
  process.stderr.write(error instanceof ConfigError ? `${error.message}\n` : `gateway failed to start: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
