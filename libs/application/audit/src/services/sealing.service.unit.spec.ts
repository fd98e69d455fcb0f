import { MemoryEventStore, verifyStreamChain } from '@cdv/eventsourcing';
import { merkleRoot, sceauxStream, type SceauPoseData } from '@cdv/domain-audit';
import { runCommand, seedProgrammation } from './audit.mother';
import { SealingService, startSealSchedule, type SealOutcome } from './sealing.service';

const AGENT = { userId: 'u-agent', role: 'agent' } as const;
const clock = () => new Date('2024-05-01T10:00:00.000Z');

describe('SealingService', () => {
  it('seals the heads of every stream of the tenant, and then only when something is new', async () => {
    const store = new MemoryEventStore();
    await seedProgrammation(store);
    await seedProgrammation(store, 'lille');
    const service = new SealingService(store, { clock });

    const first = await service.seal('mel', AGENT);
    if (!first.ok || !first.sealed) throw new Error(`not sealed: ${JSON.stringify(first)}`);
    const { heads, position } = await service.currentHeads('mel');
    expect(first.seal).toEqual<SceauPoseData>({
      numero: 0,
      position,
      racine: merkleRoot(heads),
      racinePrecedente: null,
      positionPrecedente: null,
      nombreFlux: 7,
      nombreEvenements: 22,
      algorithme: 'cdv-merkle-v1',
      poseLe: '2024-05-01T10:00:00.000Z',
    });
    expect(heads.every((head) => head.stream.startsWith('mel:'))).toBe(true);

    expect(await service.seal('mel', AGENT)).toEqual({ ok: true, sealed: false, position });

    await runCommand(store, 'mel:dossier-2', 'EngagerFinancement', { dossierId: '2', ligneId: 'region:droit_commun', montant: 1_500_00 });
    const second = await service.seal('mel', { userId: 'system:sceaux', role: 'system' });
    expect(second).toMatchObject({
      ok: true,
      sealed: true,
      revision: 1,
      seal: { numero: 1, racinePrecedente: first.seal.racine, positionPrecedente: position, nombreEvenements: 23 },
    });

    const seals = await store.readStream(sceauxStream('mel'));
    expect(seals).toHaveLength(2);
    expect(verifyStreamChain(seals)).toBeNull();
    expect(seals[1].metadata).toMatchObject({ source: 'system', actor: { role: 'system' } });
  });

  it('refuses an auditeur (FORBIDDEN): auditors never write', async () => {
    const store = new MemoryEventStore();
    await seedProgrammation(store);
    const outcome = await new SealingService(store).seal('mel', { userId: 'u-crc', role: 'auditeur' });
    expect(outcome).toMatchObject({ ok: false, refusal: { code: 'FORBIDDEN' } });
  });

  it('seals once when two seals are asked at the same time', async () => {
    const store = new MemoryEventStore();
    await seedProgrammation(store);
    const service = new SealingService(store);
    const outcomes = await Promise.all([service.seal('mel', AGENT), service.seal('mel', AGENT), new SealingService(store).seal('mel', AGENT)]);
    expect(outcomes.filter((outcome) => outcome.ok && outcome.sealed)).toHaveLength(1);
    expect(await store.readStream(sceauxStream('mel'))).toHaveLength(1);
  });

  it('does nothing on an empty workspace', async () => {
    expect(await new SealingService(new MemoryEventStore()).seal('vide', AGENT)).toEqual({ ok: true, sealed: false, position: 0 });
  });
});

describe('startSealSchedule', () => {
  it('seals every tenant at each tick, until stopped', async () => {
    const store = new MemoryEventStore();
    await seedProgrammation(store);
    await seedProgrammation(store, 'lille');
    const sealed: Array<[string, SealOutcome]> = [];
    const schedule = startSealSchedule(new SealingService(store), {
      intervalMinutes: 60,
      intervalMs: 5,
      tenants: () => ['mel', 'lille'],
      onSealed: (tenant, outcome) => sealed.push([tenant, outcome]),
    });
    expect(schedule.active).toBe(true);
    await waitFor(() => sealed.length >= 2);
    await schedule.stop();
    expect(schedule.active).toBe(false);
    const count = sealed.length;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sealed.length).toBe(count);
    expect(
      sealed
        .filter(([, outcome]) => outcome.ok && outcome.sealed)
        .map(([tenant]) => tenant)
        .sort(),
    ).toEqual(['lille', 'mel']);
  });

  it('is off at 0 minutes (SEAL_INTERVAL_MINUTES=0), sealing only on demand', async () => {
    const store = new MemoryEventStore();
    await seedProgrammation(store);
    const errors: unknown[] = [];
    const schedule = startSealSchedule(new SealingService(store), {
      intervalMinutes: 0,
      tenants: () => ['mel', 'NOT A TENANT'],
      onError: (_t, error) => errors.push(error),
    });
    expect(schedule.active).toBe(false);
    await schedule.runNow();
    expect(await store.readStream(sceauxStream('mel'))).toHaveLength(1);
    expect(errors).toHaveLength(1);
    await schedule.stop();
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('SealingService on a large workspace', () => {
  it('seals more stream heads than a caller may send in a list (the heads are read, not sent)', async () => {
    const store = new MemoryEventStore();
    for (let index = 0; index < 1_200; index++) {
      await store.append(
        `mel:partenaire-p${index}`,
        [{ type: 'PartenaireEnregistre', data: { partenaireId: `p${index}` }, metadata: { tenantId: 'mel', actor: AGENT, source: 'system' } }],
        {
          expectedRevision: 'no_stream',
        },
      );
    }
    const outcome = await new SealingService(store).seal('mel', AGENT, { reason: 'r'.repeat(2_001) });
    expect(outcome).toMatchObject({ ok: false, refusal: { code: 'VALIDATION_FAILED', details: { field: 'reason' } } });
    expect(await new SealingService(store).seal('mel', AGENT)).toMatchObject({ ok: true, sealed: true, seal: { nombreFlux: 1_200 } });
  });
});
