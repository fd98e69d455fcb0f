import { closeSync, createWriteStream, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { AuditQueryError, writeEvidence, type ExportEvidenceRequest } from '@cdv/application-audit';
import { UsageError, type CliCommand } from '../cli-command';
import { progressOf, requireTenant, withDocumentStore, withEventStore } from './verify.command';

export const exportEvidenceCommand: CliCommand = {
  name: 'export-evidence',
  summary: 'Write an evidence bundle (JSON lines with hashes, seals and proofs) for auditors',
  usage: 'export-evidence --tenant <id> (--dossier <id> | --year <yyyy> | --all) [--out <file.jsonl>] [--files]',
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: {
        tenant: { type: 'string' },
        dossier: { type: 'string' },
        year: { type: 'string' },
        all: { type: 'boolean', default: false },
        out: { type: 'string' },
        files: { type: 'boolean', default: false },
      },
    });
    const tenant = requireTenant(values.tenant);
    const scopes = [values.dossier !== undefined, values.year !== undefined, values.all].filter(Boolean).length;
    if (scopes !== 1) throw new UsageError('give exactly one of --dossier <id>, --year <yyyy> or --all');
    if (values.year !== undefined && !/^\d{4}$/.test(values.year)) throw new UsageError(`--year ${values.year} is not a year`);
    const request: ExportEvidenceRequest = {
      tenant,
      ...(values.dossier !== undefined ? { dossierId: values.dossier } : {}),
      ...(values.year !== undefined ? { year: Number(values.year) } : {}),
    };
    const scopeName = values.dossier !== undefined ? `dossier-${values.dossier}` : values.year !== undefined ? `annee-${values.year}` : 'tout';
    const stamp = new Date()
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d+Z$/, 'Z');
    const out = resolve(values.out ?? `evidence-${tenant}-${scopeName}-${stamp}.jsonl`);
    // Written beside, then renamed: a failed export never leaves a truncated bundle under the final name.
    // Plain buffered synchronous writes: a CLI has nothing else to do meanwhile, and no stream errors to lose.
    const partial = `${out}.partial`;
    // The files of the pièces justificatives, when asked, beside the bundle: `<bundle>.files/<sha256>`.
    const folder = `${out}.files`;
    const file = new BufferedFile(partial);
    try {
      const summary = await withEventStore(io, (store) =>
        withDocumentStore(io, (documents) =>
          writeEvidence(store, request, (line) => file.write(`${line}\n`), {
            onProgress: progressOf(io, `export ${tenant} ${scopeName}`),
            documents: {
              store: documents,
              ...(values.files
                ? {
                    filesFolder: basename(folder),
                    inclure: async (sha256: string, content: AsyncIterable<Uint8Array>) => {
                      mkdirSync(folder, { recursive: true });
                      await pipeline(Readable.from(content), createWriteStream(join(folder, sha256), { mode: 0o600 }));
                    },
                  }
                : {}),
            },
          }),
        ),
      );
      file.close();
      renameSync(partial, out);
      const { counts } = summary.header;
      if (summary.files.missing.length > 0)
        io.err(`${summary.files.missing.length} files are missing from the document store (listed, not included): run cli verify\n`);
      io.err(
        `${counts.streams} streams, ${counts.events} events, ${counts.seals} seals, ${summary.proofs} proofs, ${counts.documents ?? 0} documents` +
          `${values.files ? ` (${summary.files.included} files in ${folder})` : ''}; check it with: cli verify-bundle ${out}\n`,
      );
      io.out(`${out}\n`);
      return 0;
    } catch (error) {
      file.close();
      rmSync(partial, { force: true });
      rmSync(folder, { recursive: true, force: true });
      if (!(error instanceof AuditQueryError)) throw error;
      if (error.code === 'VALIDATION_FAILED') throw new UsageError(error.message);
      io.err(`cli export-evidence: ${error.message}\n`);
      return 1;
    }
  },
};

/** Opens the file at the first write (a refused export creates nothing) and writes in chunks of about 1 MB. */
class BufferedFile {
  private fd: number | null = null;
  private chunks: string[] = [];
  private size = 0;

  constructor(private readonly path: string) {}

  write(text: string): void {
    this.chunks.push(text);
    this.size += text.length;
    if (this.size >= 1 << 20) this.flush();
  }

  close(): void {
    if (this.chunks.length > 0) this.flush();
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }

  private flush(): void {
    this.fd ??= openSync(this.path, 'w');
    writeSync(this.fd, this.chunks.join(''));
    this.chunks = [];
    this.size = 0;
  }
}
