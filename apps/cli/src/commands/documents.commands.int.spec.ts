import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { SealingService } from '@cdv/application-audit';
import { EmbeddedDocumentStore } from '@cdv/document-store';
import { createEventStore } from '@cdv/event-store';
import { pdf } from '@cdv/testing';
import type { CliIO } from '../cli-command';
import { runCli } from '../main';

const AGENT = { userId: 'u-agent', role: 'agent' } as const;

function io(env: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIO = { out: (text) => out.push(text), err: (text) => err.push(text), env };
  return { io: value, out: () => out.join(''), err: () => err.join('') };
}

describe('cli verify / export-evidence / verify-bundle with the files of the pièces justificatives', () => {
  let dir: string;
  let env: Record<string, string>;
  let path: string;
  let sha256: string;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cdv-documents-cli-'));
    env = { DATA_DIR: dir, AUTH_LOCAL_SECRET: 'test-secret-test-secret-test-secret-0123456789', LOG_LEVEL: 'error' };
    const documents = await EmbeddedDocumentStore.open(join(dir, 'documents'));
    const bytes = pdf(5_000, 'RIB');
    ({ sha256 } = await documents.put('mel', Readable.from([bytes])));
    path = documents.pathOf('mel', sha256);
    const store = createEventStore({ kind: 'sqlite', file: join(dir, 'events.sqlite') });
    const append = (stream: string, type: string, data: unknown) =>
      store.append(stream, [{ type, data, metadata: { tenantId: 'mel', actor: AGENT, source: 'api' } }], { expectedRevision: 'any' });
    await append('mel:dossier-1', 'DossierDepose', { dossierId: '1', annee: 2024, titre: 'Ateliers' });
    const fichier = { nom: 'RIB de l’association.pdf', taille: bytes.length, typeMedia: 'application/pdf', sha256 };
    await append('mel:dossier-1', 'PieceDeposee', { dossierId: '1', pieceId: 'p-rib', cible: 'dossier', type: { id: 'rib', libelle: 'RIB' }, fichier });
    await new SealingService(store).seal('mel', AGENT);
    await store.close();
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('verify hashes the stored files and names the one whose bytes changed (exit 1)', async () => {
    const sound = io(env);
    expect(await runCli(['verify', '--tenant', 'mel'], sound.io)).toBe(0);
    expect(sound.out()).toMatch(/1 seals, 1 files of pièces justificatives/);
    writeFileSync(path, pdf(5_000, 'RIB falsifié'));
    const run = io(env);
    expect(await runCli(['verify', '--tenant', 'mel'], run.io)).toBe(1);
    expect(run.out()).toMatch(
      new RegExp(
        `first broken link: mel:dossier-1 revision 1 .*: the stored file was changed .*expected sha256 ${sha256}, 5000 bytes \\(« RIB de l’association.pdf », piece p-rib\\)`,
      ),
    );
  });

  it('export-evidence --files puts the files beside the bundle, named by hash; verify-bundle checks them offline', async () => {
    const out = join(dir, 'dossier-1.jsonl');
    const exported = io(env);
    expect(await runCli(['export-evidence', '--tenant', 'mel', '--dossier', '1', '--files', '--out', out], exported.io)).toBe(0);
    expect(exported.err()).toMatch(/1 documents \(1 files in .*dossier-1\.jsonl\.files\)/);
    expect(readdirSync(`${out}.files`)).toEqual([sha256]);

    const checked = io({});
    expect(await runCli(['verify-bundle', out], checked.io)).toBe(0);
    expect(checked.out()).toMatch(/OK/);
    expect(checked.out()).toMatch(/1 documents \(1 files hashed\)/);

    writeFileSync(join(`${out}.files`, sha256), pdf(5_000, 'autre'));
    const broken = io({});
    expect(await runCli(['verify-bundle', out], broken.io)).toBe(1);
    expect(broken.out()).toMatch(/first problem: line \d+: file [0-9a-f]{64} \(« RIB de l’association.pdf »\) hashes to/);

    const listOnly = join(dir, 'liste.jsonl');
    expect(await runCli(['export-evidence', '--tenant', 'mel', '--all', '--out', listOnly], io(env).io)).toBe(0);
    expect(existsSync(`${listOnly}.files`)).toBe(false);
    expect(await runCli(['verify-bundle', listOnly], io({}).io)).toBe(0);
  });
});
