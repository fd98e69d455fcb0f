import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '@cdv/app-harness';
import { AuditServiceModule, GatewayModule, ProgrammationServiceModule, StandaloneModule, TerritoireServiceModule } from '@cdv/topologies';

export type TopologyName = 'standalone' | 'distributed';

/**
 * The same e2e scenarios run against both topologies (issue 6): the embedded app, and the gateway composing
 * the three subgraph services, all started in this test process on their own ports and sharing one SQLite
 * event store file (each service projects its own embedded read models from it).
 */
export async function startTopology(name: TopologyName, env: Record<string, string> = {}): Promise<TestApp> {
  if (name === 'standalone') return startTestApp('standalone', StandaloneModule.forRoot, env);
  const dir = mkdtempSync(join(tmpdir(), 'cdv-distributed-'));
  const shared = { EVENT_STORE: 'sqlite', EVENT_STORE_FILE: join(dir, 'events.sqlite'), RUN_PROJECTIONS: 'true', ...env };
  const services = await Promise.all([
    startTestApp('territoire-service', TerritoireServiceModule.forRoot, shared),
    startTestApp('programmation-service', ProgrammationServiceModule.forRoot, shared),
    startTestApp('audit-service', AuditServiceModule.forRoot, shared),
  ]);
  const [territoire, programmation, audit] = services;
  const gateway = await startTestApp('gateway', GatewayModule.forRoot, {
    TERRITOIRE_SERVICE_URL: territoire.url,
    PROGRAMMATION_SERVICE_URL: programmation.url,
    AUDIT_SERVICE_URL: audit.url,
  });
  return {
    ...gateway,
    // Seeders and other in-process helpers are reached through a service that holds them.
    app: territoire.app,
    services: { territoire, programmation, audit },
    async close() {
      await gateway.close();
      await Promise.all(services.map((service) => service.close()));
      rmSync(dir, { recursive: true, force: true });
    },
  } as TestApp & { services: Record<string, TestApp> };
}

export const TOPOLOGIES: TopologyName[] = ['standalone', 'distributed'];
