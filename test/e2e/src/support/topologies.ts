import { startDistributedTestApps, startTestApp, type TestApp } from '@cdv/app-harness';
import { AuditServiceModule, GatewayModule, ProgrammationServiceModule, StandaloneModule, TerritoireServiceModule } from '@cdv/topologies';

export type TopologyName = 'standalone' | 'distributed';

/**
 * The same e2e scenarios run against both topologies (issue 6): the embedded app, and the gateway composing
 * the three subgraph services, all started in this test process and sharing one SQLite event store file.
 */
export function startTopology(name: TopologyName, env: Record<string, string> = {}): Promise<TestApp> {
  if (name === 'standalone') return startTestApp('standalone', StandaloneModule.forRoot, env);
  return startDistributedTestApps(
    {
      territoire: TerritoireServiceModule.forRoot,
      programmation: ProgrammationServiceModule.forRoot,
      audit: AuditServiceModule.forRoot,
      gateway: GatewayModule.forRoot,
    },
    env,
  );
}

export const TOPOLOGIES: TopologyName[] = ['standalone', 'distributed'];
