import 'reflect-metadata';
import { ConfigError, createApiApp, JsonLogger, listen, loadPlatformConfig } from '@cdv/platform';
import { AuditServiceModule } from '@cdv/topologies';

async function main(): Promise<void> {
  const config = loadPlatformConfig('audit-service');
  const logger = new JsonLogger('audit-service', config.logLevel);
  const app = await createApiApp(AuditServiceModule.forRoot(config, logger), config, logger);
  await listen(app, config, logger);
}

main().catch((error: unknown) => {
  process.stderr.write(error instanceof ConfigError ? `${error.message}\n` : `audit-service failed to start: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
