import { createHash, randomBytes } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';

/**
 * The clients of the documents bench, on their own thread (the server runs in the bench's process): uploads
 * generated PDFs of `size` bytes to the upload endpoint, or downloads pieces and checks each file's hash.
 */
export type TransferPlan =
  | { kind: 'upload'; base: string; token: string; tenant: string; clients: number; files: Array<{ dossierId: string; seed: number }>; size: number }
  | { kind: 'download'; base: string; token: string; tenant: string; clients: number; files: Array<{ path: string; sha256: string }> };

export interface TransferResult {
  durationMs: number;
  bytes: number;
  errors: number;
  firstError: string | null;
  /** Upload: the receipt and the hash of each file, in plan order. */
  receipts: Array<{ recu: string; sha256: string } | null>;
}

/** A valid PDF of `size` bytes, distinct per seed (one random body shared, a distinct header). */
export function pdfDeBench(body: Buffer, seed: number, size: number): Buffer {
  const header = Buffer.from(`%PDF-1.7\n% bench file ${seed}\nstream\n`, 'latin1');
  const trailer = Buffer.from('\nendstream\n%%EOF\n', 'latin1');
  return Buffer.concat([header, body.subarray(0, size - header.length - trailer.length), trailer]);
}

async function run(plan: TransferPlan): Promise<TransferResult> {
  const headers = { authorization: `Bearer ${plan.token}`, 'x-tenant': plan.tenant };
  const receipts: TransferResult['receipts'] = Array(plan.files.length).fill(null);
  const body = plan.kind === 'upload' ? randomBytes(plan.size) : Buffer.alloc(0);
  let next = 0;
  let bytes = 0;
  let errors = 0;
  let firstError: string | null = null;
  const fail = (message: string) => {
    errors += 1;
    firstError ??= message;
  };
  const started = performance.now();
  await Promise.all(
    Array.from({ length: plan.clients }, async () => {
      for (let index = next++; index < plan.files.length; index = next++) {
        try {
          if (plan.kind === 'upload') {
            const file = plan.files[index];
            const bytesOfFile = pdfDeBench(body, file.seed, plan.size);
            // The multipart body a browser sends, built once (undici's FormData encoder would be measured with it).
            const boundary = `----cdvbench${file.seed}`;
            const form = Buffer.concat([
              Buffer.from(
                `--${boundary}\r\nContent-Disposition: form-data; name="fichier"; filename="piece-${file.seed}.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
              ),
              bytesOfFile,
              Buffer.from(`\r\n--${boundary}--\r\n`),
            ]);
            const response = await fetch(`${plan.base}/documents/dossiers/${file.dossierId}/fichiers`, {
              method: 'POST',
              headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
              body: form,
            });
            const json = (await response.json()) as { recu?: string; fichier?: { sha256: string }; errors?: Array<{ message: string }> };
            if (response.status !== 201 || !json.recu || !json.fichier) throw new Error(`upload ${response.status}: ${json.errors?.[0]?.message}`);
            receipts[index] = { recu: json.recu, sha256: json.fichier.sha256 };
            bytes += bytesOfFile.length;
          } else {
            const file = plan.files[index];
            const response = await fetch(`${plan.base}${file.path}`, { headers });
            const hash = createHash('sha256');
            let size = 0;
            for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
              hash.update(chunk);
              size += chunk.byteLength;
            }
            if (response.status !== 200 || hash.digest('hex') !== file.sha256) throw new Error(`download ${response.status} of ${file.path}: wrong bytes`);
            bytes += size;
          }
        } catch (error) {
          fail((error as Error).message);
        }
      }
    }),
  );
  return { durationMs: performance.now() - started, bytes, errors, firstError, receipts };
}

if (parentPort && workerData) {
  void run(workerData as TransferPlan).then((result) => parentPort?.postMessage(result));
}
