import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { startTestApp } from '@cdv/app-harness';
import type { AppelLu } from '@cdv/domain-programmation';
import { createEventStore } from '@cdv/event-store';
import { StandaloneModule } from '@cdv/topologies';
import { formatRate, printTable, timed, withTempDir, type Bench } from './bench';
import { pdfDeBench, type TransferPlan, type TransferResult } from './documents-transfer.worker';
import { waitReady } from './latency';
import { dossierEnInstruction, executer, ouvrirAppel, seedCabbalr, TENANT } from './programmation-history';
import { creerCommandHandler } from '@cdv/platform';

/**
 * Issue 19: pièces justificatives through the document endpoints of the embedded app. 1 000 PDF files of 1 MiB
 * uploaded (multipart, content inspection, SHA-256, temp file + fsync + rename), attached with `deposerPiece`, then
 * downloaded by id (each checked against its hash), from CLIENTS concurrent clients on a worker thread. Beside it,
 * in the same run on the same disk: a plain copy of the same 1 000 files (fs.copyFile, same concurrency, no fsync),
 * and a copy through user space with an fsync per file (the least a durable store does).
 */
const FILES = 1_000;
const SIZE = 1 << 20;
const CLIENTS = 4;
const DOSSIERS = 10;
const ANNEE = 2024;

function transfer(plan: TransferPlan): Promise<TransferResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(__dirname, 'documents-transfer.worker.js'), { workerData: plan });
    worker.once('message', (result: TransferResult) => {
      void worker.terminate();
      resolve(result);
    });
    worker.once('error', reject);
  });
}

const mbps = (bytes: number, ms: number) => bytes / (1 << 20) / (ms / 1000);

export const documentsBench: Bench = {
  name: 'documents',
  async run() {
    await withTempDir('cdv-bench-documents-', async (dir) => {
      const file = join(dir, 'events.sqlite');
      const store = createEventStore({ kind: 'sqlite', file });
      const handler = creerCommandHandler(store);
      const appel: AppelLu = { annee: ANNEE, statut: 'ouvert', ouvertureLe: `${ANNEE}-01-01`, clotureLe: `${ANNEE}-12-31` };
      await seedCabbalr(handler, store, { demo: false });
      await executer(handler, [ouvrirAppel(ANNEE)]);
      for (let numero = 0; numero < DOSSIERS; numero++) await executer(handler, dossierEnInstruction(ANNEE, numero, appel, `${ANNEE}-03-01T09:00:00.000Z`));
      await store.close();
      const dossierId = (index: number) => `bench-${ANNEE}-${String(index % DOSSIERS).padStart(5, '0')}`;

      // Baseline: the same 1 000 files of 1 MiB, written once (not timed), then copied (timed).
      const sources = join(dir, 'sources');
      const copies = join(dir, 'copies');
      await mkdir(sources);
      await mkdir(copies);
      const body = randomBytes(SIZE);
      for (let seed = 0; seed < FILES; seed++) await writeFile(join(sources, String(seed)), pdfDeBench(body, seed, SIZE));
      let nextCopy = 0;
      const copyMs = await timed(() =>
        Promise.all(
          Array.from({ length: CLIENTS }, async () => {
            for (let seed = nextCopy++; seed < FILES; seed = nextCopy++) await copyFile(join(sources, String(seed)), join(copies, String(seed)));
          }),
        ).then(() => undefined),
      );

      // What the store does at the least: read in user space, write, fsync (no hash, no HTTP, no inspection).
      await mkdir(join(dir, 'copies-fsync'));
      let nextSync = 0;
      const syncMs = await timed(() =>
        Promise.all(
          Array.from({ length: CLIENTS }, async () => {
            for (let seed = nextSync++; seed < FILES; seed = nextSync++) {
              const target = await open(join(dir, 'copies-fsync', String(seed)), 'w');
              for await (const chunk of createReadStream(join(sources, String(seed)), { highWaterMark: 512 * 1024 })) await target.write(chunk);
              await target.sync();
              await target.close();
            }
          }),
        ).then(() => undefined),
      );

      const app = await startTestApp('standalone', StandaloneModule.forRoot, {
        EVENT_STORE: 'sqlite',
        EVENT_STORE_FILE: file,
        DATA_DIR: dir,
        DOCUMENT_STORE_DIR: join(dir, 'documents'),
        DOCUMENT_MAX_BYTES: String(2 * SIZE),
      });
      try {
        await waitReady(app.url);
        const base = app.url.replace(/\/graphql$/, '');
        const token = await app.token(TENANT, 'agent');
        const upload = await transfer({
          kind: 'upload',
          base,
          token,
          tenant: TENANT,
          clients: CLIENTS,
          size: SIZE,
          files: Array.from({ length: FILES }, (_, seed) => ({ dossierId: dossierId(seed), seed })),
        });
        if (upload.errors > 0) throw new Error(`${upload.errors} uploads failed: ${upload.firstError}`);

        const agent = await app.clientFor(TENANT, 'agent');
        const pieces: Array<{ path: string; sha256: string }> = [];
        const attachMs = await timed(async () => {
          for (const [seed, receipt] of upload.receipts.entries()) {
            const { deposerPiece } = await agent.ok<{ deposerPiece: { id: string } }>(
              'mutation($input: DeposerPieceInput!) { deposerPiece(input: $input) { id } }',
              { input: { cible: 'dossier', detenteurId: dossierId(seed), type: 'justificatif', fichier: receipt?.recu } },
            );
            pieces.push({ path: `/documents/dossiers/${dossierId(seed)}/pieces/${deposerPiece.id}`, sha256: receipt?.sha256 as string });
          }
        });
        const download = await transfer({ kind: 'download', base, token, tenant: TENANT, clients: CLIENTS, files: pieces });
        if (download.errors > 0) throw new Error(`${download.errors} downloads failed: ${download.firstError}`);

        const copyRate = mbps(FILES * SIZE, copyMs);
        printTable(
          ['operation', 'files', 'time', 'MB/s', 'vs plain copy'],
          [
            ['plain file copy (fs.copyFile, baseline)', String(FILES), `${(copyMs / 1000).toFixed(2)} s`, copyRate.toFixed(0), '1.00×'],
            [
              'stream copy + fsync (what durability costs)',
              String(FILES),
              `${(syncMs / 1000).toFixed(2)} s`,
              mbps(FILES * SIZE, syncMs).toFixed(0),
              `${(mbps(FILES * SIZE, syncMs) / copyRate).toFixed(2)}×`,
            ],
            [
              'upload (multipart, inspection, SHA-256, fsync)',
              String(FILES),
              `${(upload.durationMs / 1000).toFixed(2)} s`,
              mbps(upload.bytes, upload.durationMs).toFixed(0),
              `${(mbps(upload.bytes, upload.durationMs) / copyRate).toFixed(2)}×`,
            ],
            [
              'download by id (checked against its hash)',
              String(FILES),
              `${(download.durationMs / 1000).toFixed(2)} s`,
              mbps(download.bytes, download.durationMs).toFixed(0),
              `${(mbps(download.bytes, download.durationMs) / copyRate).toFixed(2)}×`,
            ],
          ],
        );
        console.log(
          `\n${CLIENTS} concurrent clients, files of ${SIZE} bytes; attaching them with deposerPiece (one GraphQL mutation each, one event): ${formatRate((FILES / attachMs) * 1000)} mutations/s`,
        );
      } finally {
        await app.close();
      }
    });
  },
};
