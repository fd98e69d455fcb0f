import { hashEvent, MemoryEventStore, type RecordedEvent } from '@cdv/eventsourcing';
import { sceauxStream } from '@cdv/domain-audit';
import { runCommand, seedProgrammation } from './audit.mother';
import { SealingService } from './sealing.service';
import { VerificationService, type VerificationProgress } from './verification.service';

const AGENT = { userId: 'u-agent', role: 'agent' } as const;

async function sealedStore() {
  const store = new MemoryEventStore();
  await seedProgrammation(store);
  await seedProgrammation(store, 'lille');
  const sealing = new SealingService(store);
  await sealing.seal('mel', AGENT);
  await runCommand(store, 'mel:dossier-2', 'EngagerFinancement', { dossierId: '2', ligneId: 'region:droit_commun', montant: 1_500_00 });
  await sealing.seal('mel', AGENT);
  await runCommand(store, 'mel:dossier-1', 'DemarrerAction', { dossierId: '1', dateDebut: '2024-05-01' });
  return store;
}

const stored = (store: MemoryEventStore, stream: string, revision: number): RecordedEvent => {
  const event = store.storedEvents.find((candidate) => candidate.stream === stream && candidate.revision === revision);
  if (!event) throw new Error(`no ${stream}@${revision}`);
  return event;
};

describe('VerificationService', () => {
  it('checks every chain and seal of a sound workspace, with progress', async () => {
    const store = await sealedStore();
    const progress: VerificationProgress[] = [];
    const report = await new VerificationService(store).verify('mel', { onProgress: (p) => progress.push(p), pageSize: 4 });
    expect(report).toMatchObject({
      tenant: 'mel',
      ok: true,
      firstBroken: null,
      problems: [],
      streamsChecked: 8, // 7 data streams + the seal stream
      eventsChecked: 26, // 22 seeded + 2 appended + 2 seals
      sealsChecked: 2,
      lastSeal: { numero: 1 },
      eventsAfterLastSeal: 1,
    });
    expect(progress[0]).toEqual({ done: 0, total: 26 });
    expect(progress[progress.length - 1]).toEqual({ done: 26, total: 26 });
    expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((a, b) => a - b));
  });

  it('names the first broken link when a stored event was changed', async () => {
    const store = await sealedStore();
    const target = stored(store, 'mel:dossier-1', 1);
    (target.data as { montant: number }).montant = 5_000_000;
    const report = await new VerificationService(store).verify('mel');
    expect(report.ok).toBe(false);
    expect(report.firstBroken).toMatchObject({
      stream: 'mel:dossier-1',
      revision: 1,
      position: target.position,
      eventId: target.id,
      problem: 'hash_mismatch',
      actual: target.metadata.hash,
    });
    expect(report.firstBroken?.message).toMatch(/mel:dossier-1 revision 1 .*hash mismatch/);
    expect(report.problemCount).toBe(1);
  });

  it('catches a rewrite whose hash was recomputed: the next event no longer chains to it', async () => {
    const store = await sealedStore();
    const target = stored(store, 'mel:dossier-1', 0);
    (target.data as { titre: string }).titre = 'Autre titre';
    target.metadata.hash = hashEvent(target);
    const report = await new VerificationService(store).verify('mel');
    expect(report.firstBroken).toMatchObject({ stream: 'mel:dossier-1', revision: 1, problem: 'prev_hash_mismatch' });
  });

  it('catches a deleted event inside a stream (revision gap)', async () => {
    const store = await sealedStore();
    const index = store.storedEvents.indexOf(stored(store, 'mel:dossier-1', 1));
    store.storedEvents.splice(index, 1);
    const report = await new VerificationService(store).verify('mel');
    expect(report.firstBroken).toMatchObject({ stream: 'mel:dossier-1', revision: 2, problem: 'revision_gap', expected: '1', actual: '2' });
  });

  it('catches a deleted head, which no chain shows, by the seal root', async () => {
    const store = await sealedStore();
    const head = stored(store, 'mel:convention-9', 0);
    store.storedEvents.splice(store.storedEvents.indexOf(head), 1);
    const report = await new VerificationService(store).verify('mel');
    const firstSeal = stored(store, sceauxStream('mel'), 0);
    expect(report.firstBroken).toMatchObject({
      stream: 'mel:sceaux',
      revision: 0,
      position: firstSeal.position,
      eventId: firstSeal.id,
      problem: 'seal_root_mismatch',
    });
    expect(report.firstBroken?.expected).not.toBe(firstSeal.data);
  });

  it('catches an altered seal, and one re-hashed to hide it', async () => {
    const store = await sealedStore();
    const seal = stored(store, sceauxStream('mel'), 0);
    (seal.data as { racine: string }).racine = 'f'.repeat(64);
    let report = await new VerificationService(store).verify('mel');
    expect(report.firstBroken).toMatchObject({ stream: 'mel:sceaux', revision: 0, problem: 'seal_root_mismatch', actual: 'f'.repeat(64) });
    expect(report.problems.map((problem) => problem.problem).sort()).toEqual(['hash_mismatch', 'seal_chain_mismatch', 'seal_root_mismatch']);

    seal.metadata.hash = hashEvent(seal);
    report = await new VerificationService(store).verify('mel');
    expect(report.problems.map((problem) => `${problem.revision}:${problem.problem}`).sort()).toEqual([
      '0:seal_root_mismatch',
      '1:prev_hash_mismatch',
      '1:seal_chain_mismatch',
    ]);
  });

  it("never looks at another tenant's events", async () => {
    const store = await sealedStore();
    (stored(store, 'lille:dossier-1', 0).data as { titre: string }).titre = 'changé';
    expect((await new VerificationService(store).verify('mel')).ok).toBe(true);
    expect((await new VerificationService(store).verify('lille')).firstBroken).toMatchObject({ stream: 'lille:dossier-1', problem: 'hash_mismatch' });
  });

  it('reports an empty workspace as sound, with nothing checked', async () => {
    const report = await new VerificationService(new MemoryEventStore()).verify('vide');
    expect(report).toMatchObject({ ok: true, eventsChecked: 0, streamsChecked: 0, sealsChecked: 0, lastSeal: null });
  });
});
