import { CommandHandler, hashEvent, MemoryEventStore, type Command, type Decider, type DomainEvent } from '@cdv/eventsourcing';
import { dispositifDecider, rapportDecider } from '@cdv/domain-rapport';
import { runCommand, seedProgrammation } from './audit.mother';
import { verifyBundle, type BundleHeader, type BundleSealLine } from '@cdv/domain-audit';
import { exportEvidence, type EvidenceProgress } from './evidence-export';
import { SealingService } from './sealing.service';

const AGENT = { userId: 'u-agent', role: 'agent' } as const;

async function workspace() {
  const store = new MemoryEventStore();
  await seedProgrammation(store);
  await seedProgrammation(store, 'lille');
  const sealing = new SealingService(store);
  await sealing.seal('mel', AGENT);
  await runCommand(store, 'mel:dossier-2', 'EngagerFinancement', { dossierId: '2', ligneId: 'region:droit_commun', montant: 1_500_00 });
  await runCommand(store, 'lille:dossier-1', 'DemarrerAction', { dossierId: '1', dateDebut: '2024-05-01' });
  await sealing.seal('mel', AGENT);
  await runCommand(store, 'mel:dossier-1', 'DemarrerAction', { dossierId: '1', dateDebut: '2024-05-01' });
  await sealing.seal('mel', AGENT);
  await runCommand(store, 'mel:dossier-3', 'EngagerFinancement', { dossierId: '3', ligneId: 'etat:credits_specifiques', montant: 3_000_00 });
  return store;
}

const parse = (line: string) =>
  JSON.parse(line) as { kind: string; event: { stream: string; revision: number; position: number; data: Record<string, unknown> } };
const lineOf = (bundle: string[], stream: string, revision: number) =>
  bundle.findIndex((line) => {
    const parsed = parse(line);
    return parsed.kind !== 'header' && parsed.event.stream === stream && parsed.event.revision === revision;
  });

describe('evidence bundle', () => {
  it('exports a whole workspace that verifies offline: chains and every seal root recomputed', async () => {
    const progress: EvidenceProgress[] = [];
    const { bundle, header, lines } = await exportEvidence(
      await workspace(),
      { tenant: 'mel' },
      { onProgress: (p) => progress.push(p), clock: () => new Date('2024-06-01T00:00:00Z') },
    );
    expect(lines).toBe(bundle.length);
    expect(header).toMatchObject({
      format: 'cdv-evidence-bundle',
      version: 2,
      tenant: 'mel',
      scope: { kind: 'tenant' },
      generatedAt: '2024-06-01T00:00:00.000Z',
      counts: { streams: 7, events: 25, seals: 3 },
    });
    expect(JSON.parse(bundle[0])).toEqual(header);
    expect(bundle.slice(1, 26).every((line) => parse(line).kind === 'event')).toBe(true);
    expect(bundle.slice(26).map((line) => parse(line).kind)).toEqual(['seal', 'seal', 'seal']);
    expect(progress[progress.length - 1]).toMatchObject({ phase: 'write', done: progress[progress.length - 1].total });

    const result = await verifyBundle(bundle);
    expect(result).toMatchObject({ ok: true, tenant: 'mel', events: 25, seals: 3, rootsChecked: 3, streams: 7, eventsAfterLastSeal: 1, firstProblem: null });
    expect(result.warnings).toEqual([expect.stringMatching(/1 exported events are after the last seal/)]);
  });

  it('exports one dossier with the streams that name it, and inclusion proofs of their heads in the seals', async () => {
    const { bundle, header } = await exportEvidence(await workspace(), { tenant: 'mel', dossierId: '1' });
    expect(header.streams.map((s) => s.stream)).toEqual(['mel:comite-2024-1', 'mel:convention-9', 'mel:dossier-1']);
    expect(header.selection).toMatch(/decisions\[\]\.dossierId/);
    expect(header.selection).toMatch(/dossiers\[\]\.dossierId/);
    const seals = bundle.filter((line) => parse(line).kind === 'seal').map((line) => JSON.parse(line) as BundleSealLine);
    // Seal 0: every head is new; seal 1: none changed; seal 2 (the last): all of them again.
    expect(seals.map((seal) => seal.proofs.map((proof) => proof.leaf.stream))).toEqual([
      ['mel:comite-2024-1', 'mel:convention-9', 'mel:dossier-1'],
      [],
      ['mel:comite-2024-1', 'mel:convention-9', 'mel:dossier-1'],
    ]);
    const result = await verifyBundle(bundle);
    expect(result).toMatchObject({ ok: true, events: 11, seals: 3, proofsChecked: 6, rootsChecked: 0 });
  });

  it('takes the year’s rapport annuel into its bundle, and the funds with an operation that year; a dossier’s bundle takes neither', async () => {
    const store = await workspace();
    const handler = new CommandHandler(store);
    const metadata = { tenantId: 'mel', actor: AGENT, source: 'api' as const, now: new Date().toISOString() };
    const run = async (decider: unknown, stream: string, type: string, data: unknown) => {
      const outcome = await handler.handle(decider as Decider<Command, DomainEvent, unknown>, { stream, command: { type, data, metadata } });
      expect(outcome.ok).toBe(true);
    };
    const section = { sectionId: 'introduction', titre: 'Introduction', texte: 'Texte.', ordre: 10, chiffreId: null, provenance: { type: 'redige' } };
    await run(rapportDecider, 'mel:rapport-2024', 'RedigerSection', { annee: 2024, section });
    await run(dispositifDecider, 'mel:dispositif-fdc', 'DefinirDispositif', {
      dispositifId: 'fdc',
      libelle: 'Fonds de concours',
      nature: 'fonds_de_concours',
      financeur: { id: 'mel', nom: 'MEL' },
      description: null,
      regles: [],
      calcul: null,
      reglesFinancement: [],
    });
    const operation = { dispositifId: 'fdc', operationId: 'o1', annee: 2024, beneficiaire: { partenaireId: null, nom: 'Lille', insee: null }, projet: 'P' };
    await run(dispositifDecider, 'mel:dispositif-fdc', 'EnregistrerOperation', { ...operation, montantOperation: 100_00, montantAide: 50_00 });
    const streams = async (scope: { year: number } | { dossierId: string }) =>
      (await exportEvidence(store, { tenant: 'mel', ...scope })).header.streams.map((s) => s.stream);
    expect(await streams({ year: 2024 })).toEqual(expect.arrayContaining(['mel:rapport-2024', 'mel:dispositif-fdc']));
    expect(await streams({ year: 2023 })).not.toEqual(expect.arrayContaining(['mel:rapport-2024']));
    expect(await streams({ year: 2023 })).not.toContain('mel:dispositif-fdc');
    expect(await streams({ dossierId: '1' })).not.toContain('mel:rapport-2024');
  });

  it('exports a year: its appel, the dossiers deposited for it, the comités and conventions naming them', async () => {
    const store = await workspace();
    const y2024 = await exportEvidence(store, { tenant: 'mel', year: 2024 });
    expect(y2024.header.streams.map((s) => s.stream)).toEqual(['mel:appel-2024', 'mel:comite-2024-1', 'mel:convention-9', 'mel:dossier-1', 'mel:dossier-2']);
    expect((await verifyBundle(y2024.bundle)).ok).toBe(true);
    const y2023 = await exportEvidence(store, { tenant: 'mel', year: 2023 });
    expect(y2023.header.streams.map((s) => s.stream)).toEqual(['mel:appel-2023', 'mel:dossier-3']);
    const result = await verifyBundle(y2023.bundle);
    expect(result).toMatchObject({ ok: true, eventsAfterLastSeal: 1 });
    // A comité convened for the year belongs to its bundle before it decided anything; not to a dossier's.
    await runCommand(store, 'mel:comite-2024-2', 'ConvoquerComite', {
      comiteId: '2024-2',
      annee: 2024,
      date: '2024-10-01',
      libelle: 'Comité d’automne',
      membres: [{ organisationId: 'etat', nom: 'Préfecture', qualite: 'financeur' }],
    });
    expect((await exportEvidence(store, { tenant: 'mel', year: 2024 })).header.streams.map((s) => s.stream)).toContain('mel:comite-2024-2');
    expect((await exportEvidence(store, { tenant: 'mel', year: 2023 })).header.streams.map((s) => s.stream)).not.toContain('mel:comite-2024-2');
    expect((await exportEvidence(store, { tenant: 'mel', dossierId: '1' })).header.streams.map((s) => s.stream)).not.toContain('mel:comite-2024-2');
    await expect(exportEvidence(store, { tenant: 'mel', year: 2031 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(exportEvidence(store, { tenant: 'mel', dossierId: '404' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(exportEvidence(store, { tenant: 'mel', dossierId: '1', year: 2024 })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  describe('tampering', () => {
    let bundle: string[];
    let partial: string[];
    beforeAll(async () => {
      const store = await workspace();
      bundle = (await exportEvidence(store, { tenant: 'mel' })).bundle;
      partial = (await exportEvidence(store, { tenant: 'mel', dossierId: '1' })).bundle;
    });

    it('names the line where one byte of data changed', async () => {
      for (const lines of [bundle, partial]) {
        const at = lineOf(lines, 'mel:dossier-1', 1);
        const tampered = [...lines];
        tampered[at] = tampered[at].replace('"montant":500000', '"montant":900000');
        expect(tampered[at]).not.toBe(lines[at]);
        const result = await verifyBundle(tampered);
        expect(result.ok).toBe(false);
        expect(result.firstProblem).toMatchObject({ line: at + 1, problem: 'hash_mismatch', stream: 'mel:dossier-1', revision: 1 });
        expect(result.firstProblem?.message).toMatch(new RegExp(`^line ${at + 1}: mel:dossier-1 revision 1: hash mismatch`));
      }
    });

    it('names the line after a deleted line (revision gap)', async () => {
      const at = lineOf(bundle, 'mel:dossier-1', 1);
      const tampered = bundle.filter((_, index) => index !== at);
      const result = await verifyBundle(tampered);
      expect(result.firstProblem).toMatchObject({ line: lineOf(tampered, 'mel:dossier-1', 2) + 1, problem: 'revision_gap' });
    });

    it('catches a deleted last event of a stream: counts in the header, then the seal roots', async () => {
      const at = lineOf(bundle, 'mel:convention-9', 0);
      const result = await verifyBundle(bundle.filter((_, index) => index !== at));
      expect(result.problems.map((p) => p.problem)).toEqual(expect.arrayContaining(['seal_root_mismatch', 'count_mismatch']));
      const inPartial = lineOf(partial, 'mel:convention-9', 0);
      const partialResult = await verifyBundle(partial.filter((_, index) => index !== inPartial));
      expect(partialResult.problems.map((p) => p.problem)).toEqual(expect.arrayContaining(['proof_mismatch', 'count_mismatch']));
    });

    it('names the line of reordered lines', async () => {
      const swap = (a: number) => {
        const tampered = [...bundle];
        [tampered[a], tampered[a + 1]] = [tampered[a + 1], tampered[a]];
        return verifyBundle(tampered);
      };
      // Two streams: the global positions go backwards on the second line.
      const a = lineOf(bundle, 'mel:appel-2024', 0);
      expect(parse(bundle[a + 1]).event.stream).toBe('mel:dossier-1');
      expect((await swap(a)).firstProblem).toMatchObject({ line: a + 2, problem: 'position_order' });
      // One stream: its revisions no longer follow on the first line.
      const b = lineOf(bundle, 'mel:dossier-2', 0);
      expect(parse(bundle[b + 1]).event.stream).toBe('mel:dossier-2');
      expect((await swap(b)).firstProblem).toMatchObject({ line: b + 1, problem: 'revision_gap' });
    });

    it('names an altered seal, and catches one re-hashed to hide it', async () => {
      const at = bundle.findIndex((line) => parse(line).kind === 'seal');
      const seal = JSON.parse(bundle[at]) as BundleSealLine;
      seal.event.data.racine = 'a'.repeat(64);
      const tampered = [...bundle];
      tampered[at] = JSON.stringify(seal);
      let result = await verifyBundle(tampered);
      expect(result.firstProblem).toMatchObject({ line: at + 1, problem: 'hash_mismatch', stream: 'mel:sceaux', revision: 0 });
      expect(result.problems.map((p) => p.problem)).toContain('seal_root_mismatch');

      seal.event.metadata.hash = hashEvent(seal.event);
      tampered[at] = JSON.stringify(seal);
      result = await verifyBundle(tampered);
      expect(result.problems.map((p) => `${p.line}:${p.problem}`)).toEqual([
        `${at + 2}:prev_hash_mismatch`,
        `${at + 2}:seal_chain_mismatch`,
        `${at + 1}:seal_root_mismatch`,
      ]);
    });

    it('names a seal whose proofs were dropped or forged', async () => {
      const last = partial.length - 1;
      const seal = JSON.parse(partial[last]) as BundleSealLine;
      let result = await verifyBundle([...partial.slice(0, last), JSON.stringify({ ...seal, proofs: seal.proofs.slice(1) })]);
      expect(result.firstProblem).toMatchObject({ line: last + 1, problem: 'proof_missing' });
      const forged = {
        ...seal,
        proofs: seal.proofs.map((proof, index) => (index === 0 ? { ...proof, siblings: proof.siblings.map((s) => ({ ...s, hash: 'b'.repeat(64) })) } : proof)),
      };
      result = await verifyBundle([...partial.slice(0, last), JSON.stringify(forged)]);
      expect(result.firstProblem).toMatchObject({ line: last + 1, problem: 'proof_invalid' });
    });

    it('names a missing or foreign header, a line that is not JSON, and an event of another tenant', async () => {
      expect((await verifyBundle(bundle.slice(1))).firstProblem).toMatchObject({ line: 1, problem: 'bad_header' });
      expect((await verifyBundle([])).firstProblem).toMatchObject({ line: 1, problem: 'bad_header' });
      const header = JSON.parse(bundle[0]) as BundleHeader;
      expect((await verifyBundle([JSON.stringify({ ...header, format: 'autre' }), ...bundle.slice(1)])).firstProblem).toMatchObject({
        line: 1,
        problem: 'bad_header',
      });
      const garbled = [...bundle];
      garbled[3] = garbled[3].slice(0, -1);
      expect((await verifyBundle(garbled)).firstProblem).toMatchObject({ line: 4, problem: 'malformed_line' });
      const foreign = [...bundle];
      const event = JSON.parse(foreign[2]);
      event.event.stream = event.event.stream.replace('mel:', 'lille:');
      foreign[2] = JSON.stringify(event);
      expect((await verifyBundle(foreign)).firstProblem).toMatchObject({ line: 3, problem: 'wrong_tenant' });
    });

    it('accepts a final newline and CRLF line ends, not an empty line inside', async () => {
      expect((await verifyBundle([...bundle.map((line) => `${line}\r`), ''])).ok).toBe(true);
      const holed = [...bundle.slice(0, 3), '', ...bundle.slice(3)];
      expect((await verifyBundle(holed)).firstProblem).toMatchObject({ line: 4, problem: 'malformed_line' });
    });
  });

  it('carries tampering in the database into the bundle, where it is found offline', async () => {
    const store = await workspace();
    const target = store.storedEvents.find((event) => event.stream === 'mel:dossier-2' && event.revision === 1);
    (target?.data as { montant: number }).montant = 1;
    const { bundle } = await exportEvidence(store, { tenant: 'mel', year: 2024 });
    const result = await verifyBundle(bundle);
    expect(result.firstProblem).toMatchObject({ line: lineOf(bundle, 'mel:dossier-2', 1) + 1, problem: 'hash_mismatch' });
  });

  it('exports a workspace without seals, with a warning when verified', async () => {
    const store = new MemoryEventStore();
    await seedProgrammation(store);
    const { bundle, header } = await exportEvidence(store, { tenant: 'mel', dossierId: '2' });
    expect(header.seals).toBeNull();
    const result = await verifyBundle(bundle);
    expect(result).toMatchObject({ ok: true, seals: 0, warnings: [expect.stringMatching(/no seal/)] });
  });
});
