import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { EmbeddedDocumentStore } from '@cdv/document-store';
import { MemoryEventStore } from '@cdv/eventsourcing';
import { pdf, png } from '@cdv/testing';
import { appendEvent, seedProgrammation } from './audit.mother';
import { verifyBundle } from '@cdv/domain-audit';
import { exportEvidence } from './evidence-export';
import { SealingService } from './sealing.service';
import { VerificationService } from './verification.service';

const AGENT = { userId: 'u-agent', role: 'agent' } as const;

/** A workspace whose dossier 1 holds a RIB (replaced once) and statuts (withdrawn), their files in an embedded store. */
async function workspace(folder: string) {
  const store = new MemoryEventStore();
  const documents = await EmbeddedDocumentStore.open(folder);
  await seedProgrammation(store);
  const fichiers = { rib: pdf(3_000, 'RIB'), rib2: pdf(3_100, 'RIB 2'), statuts: png() };
  const stored = Object.fromEntries(
    await Promise.all(Object.entries(fichiers).map(async ([name, bytes]) => [name, await documents.put('mel', Readable.from([bytes]))] as const)),
  );
  const fichier = (name: keyof typeof fichiers, nom: string, typeMedia = 'application/pdf') => ({
    nom,
    taille: stored[name].size,
    typeMedia,
    sha256: stored[name].sha256,
  });
  const rib = { dossierId: '1', pieceId: 'p-rib', cible: 'dossier', type: { id: 'rib', libelle: 'RIB' } };
  const depot = await appendEvent(store, 'mel:dossier-1', 'PieceDeposee', { ...rib, fichier: fichier('rib', 'rib.pdf') });
  await new SealingService(store).seal('mel', AGENT);
  const remplacement = await appendEvent(
    store,
    'mel:dossier-1',
    'PieceRemplacee',
    { ...rib, fichier: fichier('rib2', 'rib-2.pdf'), precedent: fichier('rib', 'rib.pdf') },
    { reason: 'banque' },
  );
  const statuts = {
    dossierId: '1',
    pieceId: 'p-statuts',
    cible: 'dossier',
    type: { id: 'statuts', libelle: 'Statuts' },
    fichier: fichier('statuts', 'statuts.png', 'image/png'),
  };
  await appendEvent(store, 'mel:dossier-1', 'PieceDeposee', statuts);
  await appendEvent(store, 'mel:dossier-1', 'PieceRetiree', statuts, { reason: 'erreur' });
  await appendEvent(store, 'mel:dossier-2', 'PieceDeposee', { ...rib, dossierId: '2', pieceId: 'p-rib-2', fichier: fichier('rib', 'RIB asso.pdf') });
  await new SealingService(store).seal('mel', AGENT);
  // the revisions the pieces' events got after the seeded programmation's events
  return { store, documents, stored, revisions: { depot: depot.revision, remplacement: remplacement.revision } };
}

describe('files of the pièces justificatives in the audit trail', () => {
  let folder: string;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'cdv-audit-documents-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('verify hashes every stored file again and names the one whose bytes changed, with its event', async () => {
    const { store, documents, stored, revisions } = await workspace(join(folder, 'documents'));
    const sound = await new VerificationService(store, documents).verify('mel');
    expect(sound).toMatchObject({ ok: true, documentsChecked: 3 });

    writeFileSync(documents.pathOf('mel', stored.rib2.sha256), pdf(3_100, 'RIB falsifié'));
    const report = await new VerificationService(store, documents).verify('mel');
    expect(report.ok).toBe(false);
    expect(report.problemCount).toBe(1);
    expect(report.firstBroken).toMatchObject({ stream: 'mel:dossier-1', revision: revisions.remplacement, problem: 'document_altered' });
    expect(report.firstBroken?.message).toMatch(
      new RegExp(
        `mel:dossier-1 revision ${revisions.remplacement} .*the stored file was changed.*expected sha256 ${stored.rib2.sha256}, 3100 bytes \\(« rib-2.pdf », piece p-rib\\)`,
      ),
    );

    rmSync(documents.pathOf('mel', stored.statuts.sha256));
    const missing = await new VerificationService(store, documents).verify('mel');
    expect(missing.problems.map((problem) => problem.problem).sort()).toEqual(['document_altered', 'document_missing']);
    // Without a document store, the events alone are checked.
    expect(await new VerificationService(store).verify('mel')).toMatchObject({ ok: true, documentsChecked: 0 });
  });

  it('the evidence bundle lists each file with its hash and the events that record it, and can include the files', async () => {
    const { store, documents, stored, revisions } = await workspace(join(folder, 'documents'));
    const copies = new Map<string, Buffer>();
    const { bundle, header, files } = await exportEvidence(
      store,
      { tenant: 'mel', dossierId: '1' },
      {
        documents: {
          store: documents,
          filesFolder: 'dossier-1.files',
          inclure: async (sha256, content) => {
            const chunks: Buffer[] = [];
            for await (const chunk of content) chunks.push(Buffer.from(chunk));
            copies.set(sha256, Buffer.concat(chunks));
          },
        },
      },
    );
    expect(header).toMatchObject({ version: 2, files: 'dossier-1.files', counts: { documents: 3 } });
    expect(files).toEqual({ included: 3, missing: [] });
    const lignes = bundle.map((line) => JSON.parse(line) as { kind: string; sha256?: string; references?: unknown[]; fichier?: string });
    expect(lignes.slice(-3).map((ligne) => ligne.kind)).toEqual(['document', 'document', 'document']);
    expect(lignes.find((ligne) => ligne.sha256 === stored.rib.sha256)).toMatchObject({
      nom: 'rib.pdf',
      taille: stored.rib.size,
      references: [{ stream: 'mel:dossier-1', revision: revisions.depot }],
      fichier: stored.rib.sha256,
    });

    const lire = async (nom: string, dossier: string) =>
      dossier !== 'dossier-1.files' ? null : copies.has(nom) ? Readable.from([copies.get(nom) as Buffer]) : null;
    expect(await verifyBundle(bundle, { files: lire })).toMatchObject({ ok: true, documents: 3, filesChecked: 3 });

    // A file changed in the folder is named; a document line removed or invented too.
    copies.set(stored.statuts.sha256, png());
    const altered = await verifyBundle(bundle, { files: lire });
    expect(altered.problems.map((problem) => problem.problem)).toEqual(['document_altered']);
    expect(altered.firstProblem?.message).toMatch(/« statuts.png »/);
    copies.delete(stored.rib.sha256);
    expect((await verifyBundle(bundle, { files: lire })).problems.map((problem) => problem.problem)).toContain('document_file_missing');
    const sansLigne = bundle.filter((line) => !line.includes(`"sha256":"${stored.rib2.sha256}","taille"`));
    expect((await verifyBundle(sansLigne)).problems.map((problem) => problem.problem)).toEqual(['document_unlisted', 'document_unlisted']);
    const invente = [
      ...bundle,
      JSON.stringify({ kind: 'document', sha256: 'f'.repeat(64), taille: 1, typeMedia: 'application/pdf', nom: 'x.pdf', references: [], fichier: null }),
    ];
    expect((await verifyBundle(invente)).problems.map((problem) => problem.problem)).toContain('document_unreferenced');
  });

  it('lists the files without copying them when asked so; a version 1 bundle (no document lines) still verifies', async () => {
    const { store, documents } = await workspace(join(folder, 'documents'));
    const { bundle, header } = await exportEvidence(store, { tenant: 'mel' }, { documents: { store: documents } });
    expect(header).toMatchObject({ files: null, counts: { documents: 3 } });
    expect(await verifyBundle(bundle)).toMatchObject({ ok: true, documents: 3, filesChecked: 0 });

    const version1 = bundle
      .filter((line) => !line.startsWith('{"kind":"document"'))
      .map((line, index) => {
        if (index > 0) return line;
        const { files: _files, ...rest } = JSON.parse(line) as { files?: unknown; counts: Record<string, number> };
        const { documents: _documents, ...counts } = rest.counts;
        return JSON.stringify({ ...rest, counts, version: 1 });
      });
    expect(await verifyBundle(version1)).toMatchObject({ ok: true, documents: 0 });
  });
});
