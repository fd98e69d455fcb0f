import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { CONFIG_VARIABLES } from './config-variables';

const root = join(__dirname, '../../../..');
const known = new Set(Object.keys(CONFIG_VARIABLES));

/** Environment variable names set on our own app containers (not on KurrentDB/MongoDB). */
function composeAppVariables(): Map<string, string[]> {
  const [compose] = parseAllDocuments(readFileSync(join(root, 'infra/compose/compose.yaml'), 'utf8'), { merge: true }).map((doc) =>
    doc.toJS({ maxAliasCount: 1000 }),
  );
  const out = new Map<string, string[]>();
  for (const [name, service] of Object.entries(compose.services as Record<string, { build?: unknown; environment?: Record<string, string> }>)) {
    if (service.build) out.set(name, Object.keys(service.environment ?? {}));
  }
  return out;
}

function k8sAppVariables(): string[] {
  const names: string[] = [];
  for (const file of readdirSync(join(root, 'infra/k8s'))) {
    for (const doc of parseAllDocuments(readFileSync(join(root, 'infra/k8s', file), 'utf8')).map((d) => d.toJS())) {
      if (doc?.kind === 'ConfigMap') names.push(...Object.keys(doc.data ?? {}));
      if (doc?.kind === 'Deployment') {
        for (const container of doc.spec.template.spec.containers) names.push(...(container.env ?? []).map((env: { name: string }) => env.name));
      }
    }
  }
  return names;
}

describe('configuration is documented and the infra uses nothing else', () => {
  it('docs/operations.md documents every variable the apps read, with its default, values and apps', () => {
    const doc = readFileSync(join(root, 'docs/operations.md'), 'utf8');
    const rows = new Map(
      [...doc.matchAll(/^\| `([A-Z_]+)` \| ([^|]+) \| ([^|]+) \| (?:[^|]+) \| ([^|]+) \|$/gm)].map(([, name, defaultValue, values, apps]) => [
        name,
        { default: defaultValue.trim(), values: values.trim(), apps: apps.trim() },
      ]),
    );
    const documented = Object.keys(CONFIG_VARIABLES).map((name) => ({ name, row: rows.get(name) ?? 'missing' }));
    const expected = Object.entries(CONFIG_VARIABLES).map(([name, variable]) => ({
      name,
      row: {
        default: variable.default ? `\`${variable.default}\`` : '—',
        values: variable.values ? variable.values.join(' / ') : variable.kind,
        apps: variable.apps.join(', '),
      },
    }));
    expect(documented).toEqual(expected);
  });

  it('docs/security.md lists every limit with its variable', () => {
    const doc = readFileSync(join(root, 'docs/security.md'), 'utf8');
    const limits = Object.keys(CONFIG_VARIABLES).filter((name) => /^(GRAPHQL_|REQUEST_MAX_BYTES$|AUTH_TOKEN_MAX_AGE_MINUTES$)/.test(name));
    expect(limits.length).toBeGreaterThanOrEqual(10);
    expect(limits.filter((name) => !doc.includes(`\`${name}\``))).toEqual([]);
  });

  it('the compose file sets only known variables on the apps, and every app service has a Dockerfile', () => {
    const services = composeAppVariables();
    expect([...services.keys()].sort()).toEqual(['audit-service', 'gateway', 'programmation-service', 'projector', 'territoire-service']);
    for (const [service, variables] of services) {
      expect({ service, unknown: variables.filter((name) => !known.has(name)) }).toEqual({ service, unknown: [] });
      expect(readFileSync(join(root, 'apps', service, 'Dockerfile'), 'utf8')).toContain(`dist/apps/${service}/src/main.js`);
    }
  });

  it('the Kubernetes manifests set only known variables', () => {
    const unknown = k8sAppVariables().filter((name) => !known.has(name));
    expect(unknown).toEqual([]);
  });

  it('the example env files set only known variables', () => {
    for (const file of ['standalone.env.example', 'distributed.env.example']) {
      const names = readFileSync(join(root, 'infra/config', file), 'utf8')
        .split('\n')
        .filter((line) => /^[A-Z_]+=/.test(line))
        .map((line) => line.split('=')[0]);
      expect({ file, unknown: names.filter((name) => !known.has(name)) }).toEqual({ file, unknown: [] });
    }
  });
});
