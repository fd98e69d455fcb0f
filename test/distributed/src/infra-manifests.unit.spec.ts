import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

/**
 * The distributed topology's files, checked without a Docker engine or a cluster (none runs here): their
 * structure, and the replica-set initiation script run against a stand-in for `mongosh` (it checks the script's
 * steps and the configuration it sends, not MongoDB). docs/operations.md says what was never run for real.
 */
const root = join(__dirname, '../../..');
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const APPS = ['gateway', 'territoire-service', 'programmation-service', 'audit-service', 'projector'];
/** Checked as docs/operations.md « KurrentDB image » says. */
const KURRENTDB_IMAGE = 'kurrentplatform/kurrentdb:26.1.1';

/** A parsed YAML document (loosely typed, as `yaml` returns it). */
type Doc = ReturnType<typeof parse>;
const k8s: Doc[] = readdirSync(join(root, 'infra/k8s')).flatMap((file) =>
  parseAllDocuments(readFileSync(join(root, 'infra/k8s', file), 'utf8')).map((doc) => doc.toJS() as Doc),
);
const compose = parse(readFileSync(join(root, 'infra/compose/compose.yaml'), 'utf8'), { merge: true, maxAliasCount: 1000 }) as Doc;
const workload = (kind: string, name: string): Doc => {
  const found = k8s.find((doc) => doc?.kind === kind && doc.metadata?.name === name);
  if (!found) throw new Error(`no ${kind} ${name} in infra/k8s`);
  return found;
};
const containers = (doc: Doc): Doc[] => doc.spec.template.spec.containers;

describe('Kubernetes manifests', () => {
  it('KurrentDB runs as its image’s user (uid 1000) and owns its volume (fsGroup 1000)', () => {
    const kurrentdb = workload('StatefulSet', 'kurrentdb');
    expect(kurrentdb.spec.template.spec.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000, fsGroup: 1000 });
    expect(containers(kurrentdb)[0]).toMatchObject({ image: KURRENTDB_IMAGE, volumeMounts: [{ name: 'data', mountPath: '/var/lib/kurrentdb' }] });
    expect(kurrentdb.spec.podManagementPolicy).toBe('Parallel');
  });

  it('no image is :latest or untagged; app images carry the version of package.json and are not pulled at every start', () => {
    for (const doc of k8s.filter((d) => d?.spec?.template?.spec?.containers)) {
      for (const container of containers(doc)) {
        expect({ image: container.image, tagged: /:[^:/]+$/.test(container.image) && !container.image.endsWith(':latest') }).toEqual({
          image: container.image,
          tagged: true,
        });
        expect(container.imagePullPolicy).toBe('IfNotPresent');
      }
    }
    for (const app of APPS) expect(containers(workload('Deployment', app))[0].image).toBe(`contrat-de-ville/${app}:${version}`);
  });

  it('every app has a startup probe on /health/live before its liveness probe, runs as non-root, and writes only /tmp', () => {
    for (const app of APPS) {
      const deployment = workload('Deployment', app);
      const [container] = containers(deployment);
      const port = container.ports[0].containerPort;
      expect(container.startupProbe).toMatchObject({ httpGet: { path: '/health/live', port } });
      expect(container.startupProbe.periodSeconds * container.startupProbe.failureThreshold).toBeGreaterThanOrEqual(60);
      expect(container.livenessProbe).toMatchObject({ httpGet: { path: '/health/live', port }, timeoutSeconds: 5 });
      expect(container.readinessProbe).toMatchObject({ httpGet: { path: '/health/ready', port } });
      expect(container.securityContext).toMatchObject({ runAsNonRoot: true, readOnlyRootFilesystem: true });
      expect(container.volumeMounts).toEqual([{ name: 'tmp', mountPath: '/tmp' }]);
    }
  });

  it('the projector never runs twice, not even during a rollout (one runner per read model, ADR 0003)', () => {
    const projector = workload('Deployment', 'projector');
    expect(projector.spec.replicas).toBe(1);
    expect(projector.spec.strategy).toEqual({ type: 'Recreate' });
  });

  it('a Job initiates the MongoDB replica set with every member of the StatefulSet', () => {
    const mongo = workload('StatefulSet', 'mongo');
    const service = workload('Service', 'mongo');
    const job = workload('Job', 'mongo-init');
    expect(service.spec.publishNotReadyAddresses).toBe(true);
    const hosts = Array.from({ length: mongo.spec.replicas }, (_, index) => `mongo-${index}.mongo:27017`);
    const script: string = containers(job)[0].args[0];
    expect(script).toContain(`members="${hosts.join(' ')}"`);
    expect(job.spec.template.spec.restartPolicy).toBe('OnFailure');
  });
});

describe('Docker Compose file', () => {
  it('apps start once the replica set is initiated and every KurrentDB node is healthy; images tagged with the version', () => {
    for (const app of APPS) {
      const service = compose.services[app];
      expect(service.image).toBe(`contrat-de-ville/${app}:${version}`);
      if (app === 'gateway') continue;
      expect(service.depends_on).toEqual({
        'mongo-init': { condition: 'service_completed_successfully' },
        kurrentdb1: { condition: 'service_healthy' },
        kurrentdb2: { condition: 'service_healthy' },
        kurrentdb3: { condition: 'service_healthy' },
      });
    }
    for (const node of ['kurrentdb1', 'kurrentdb2', 'kurrentdb3']) expect(compose.services[node].image).toBe(KURRENTDB_IMAGE);
    expect(JSON.stringify(compose)).not.toMatch(/:latest"/);
  });

  it('initiates the replica set with every mongo service', () => {
    const members = Object.keys(compose.services).filter((name) => /^mongo\d+$/.test(name));
    expect(members).toEqual(['mongo1', 'mongo2', 'mongo3']);
    expect(composeScript()).toContain(`members="${members.map((name) => `${name}:27017`).join(' ')}"`);
  });
});

describe('replica-set initiation script (compose service and Kubernetes Job), against a stand-in for mongosh', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cdv-mongo-init-'));
    // `mongosh --quiet --host H --eval CODE`: evaluates CODE with the shell's few helpers the script uses; a member
    // answers its first ping only after two refusals, as mongod does while it starts
    writeFileSync(
      join(dir, 'mongosh'),
      `#!${process.execPath}
const fs = require('fs');
const state = JSON.parse(fs.existsSync('${dir}/state.json') ? fs.readFileSync('${dir}/state.json', 'utf8') : '{"pings":{},"calls":[],"config":null,"initiations":0}');
const save = () => fs.writeFileSync('${dir}/state.json', JSON.stringify(state));
const args = process.argv.slice(2);
const host = args[args.indexOf('--host') + 1];
const code = args[args.indexOf('--eval') + 1];
state.calls.push({ host, kind: code.includes('ping') ? 'ping' : code.includes('rs.initiate') ? 'initiate' : 'hello' });
if (code.includes('ping')) { state.pings[host] = (state.pings[host] || 0) + 1; save(); process.exit(state.pings[host] > 2 ? 0 : 1); }
const rs = {
  status() { if (!state.config) { const e = new Error('no replset config'); e.codeName = 'NotYetInitialized'; throw e; } return { ok: 1 }; },
  initiate(config) { state.config = config; state.initiations += 1; return { ok: 1 }; },
};
const db = { hello: () => ({ primary: state.config ? state.config.members[0].host : undefined }) };
const quit = (status) => { save(); process.exit(status); };
try { new Function('rs', 'db', 'print', 'quit', code)(rs, db, console.log, quit); } catch (e) { save(); console.error(e.message); process.exit(1); }
save();
`,
    );
    writeFileSync(join(dir, 'sleep'), '#!/bin/sh\nexit 0\n');
    chmodSync(join(dir, 'mongosh'), 0o755);
    chmodSync(join(dir, 'sleep'), 0o755);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const run = (script: string) => execFileSync('bash', ['-c', script], { env: { ...process.env, PATH: `${dir}:${process.env.PATH}` }, encoding: 'utf8' });
  const state = () =>
    JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8')) as {
      calls: Array<{ host: string; kind: string }>;
      config: { _id: string; members: Array<{ _id: number; host: string }> };
      initiations: number;
    };

  it.each([
    [
      'Kubernetes Job',
      () => containers(workload('Job', 'mongo-init'))[0].args[0] as string,
      ['mongo-0.mongo:27017', 'mongo-1.mongo:27017', 'mongo-2.mongo:27017'],
    ],
    ['compose service', composeScript, ['mongo1:27017', 'mongo2:27017', 'mongo3:27017']],
  ])('%s: waits for every member, initiates once with all of them, waits for a primary, and leaves an initiated set alone', (_where, script, hosts) => {
    expect(run(script())).toContain('replica set rs0 ready');
    const first = state();
    expect(first.config).toEqual({ _id: 'rs0', members: hosts.map((host, index) => ({ _id: index, host })) });
    const initiation = first.calls.findIndex((call) => call.kind === 'initiate');
    for (const host of hosts) expect(first.calls.slice(0, initiation).filter((call) => call.host === host && call.kind === 'ping')).toHaveLength(3);
    expect(first.calls.slice(initiation + 1).some((call) => call.kind === 'hello')).toBe(true);

    expect(run(script())).toContain('replica set rs0 already initiated');
    expect(state().initiations).toBe(1);
    expect(existsSync(join(dir, 'state.json'))).toBe(true);
  });
});

/** The compose service's script as the shell receives it: compose turns `$$` into `$`. */
function composeScript(): string {
  return (compose.services['mongo-init'].entrypoint as string[])[2].replaceAll('$$', '$');
}
