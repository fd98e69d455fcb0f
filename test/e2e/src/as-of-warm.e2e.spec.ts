import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '@cdv/app-harness';
import { EVENT_STORE, ReadModelsService } from '@cdv/platform';
import type { EventStore } from '@cdv/eventsourcing';
import { StandaloneModule } from '@cdv/topologies';
import { creerReferentiel } from './programmation-fixture';

/**
 * AS_OF_WARM: a process that starts on an existing log prepares the as-of history of the named read models for
 * each workspace, so that the first as-of query of an auditor does not read the whole history.
 */
describe('as-of histories prepared at start (AS_OF_WARM)', () => {
  const TENANT = 'valenciennes-metropole';
  const dir = mkdtempSync(join(tmpdir(), 'cdv-asof-warm-'));
  const env = { EVENT_STORE: 'sqlite', EVENT_STORE_FILE: join(dir, 'events.sqlite') };
  let app: TestApp | null = null;

  beforeAll(async () => {
    const first = await startTestApp('standalone', StandaloneModule.forRoot, env);
    await creerReferentiel(first, TENANT);
    await first.close();
  });
  afterEach(async () => {
    await app?.close();
    app = null;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('by default, prepares `dossiers` for every workspace up to the head of the log, then answers as of any point', async () => {
    app = await startTestApp('standalone', StandaloneModule.forRoot, env);
    const readModels = app.app.get(ReadModelsService);
    await readModels.whenAsOfWarm();
    const head = await app.app.get<EventStore>(EVENT_STORE).headPosition({ tenant: TENANT });
    expect(head).toBeGreaterThan(0);
    expect(readModels.asOfPreparedUpTo(TENANT)).toBe(head);
    const auditeur = await app.clientFor(TENANT, 'auditeur');
    const data = await auditeur.ok<{ programmation: { annee: number } }>('query($p: Int) { programmation(annee: 2025, asOfPosition: $p) { annee } }', {
      p: head,
    });
    expect(data.programmation.annee).toBe(2025);
  });

  it('prepares nothing when AS_OF_WARM is none', async () => {
    app = await startTestApp('standalone', StandaloneModule.forRoot, { ...env, AS_OF_WARM: 'none' });
    const readModels = app.app.get(ReadModelsService);
    await readModels.whenAsOfWarm();
    expect(readModels.asOfPreparedUpTo(TENANT)).toBe(0);
  });
});
