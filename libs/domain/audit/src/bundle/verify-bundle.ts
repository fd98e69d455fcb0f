import { createHash } from 'node:crypto';
import { belongsToTenant, isSha256, type RecordedEvent } from '@cdv/eventsourcing';
import { STREAM_START, verifyChainLink, type ChainCursor } from '../chain/chain-link';
import { merkleRoot, verifyMerkleProof, type MerkleProof, type StreamHead } from '../merkle/merkle';
import type { SceauPose, SceauPoseData } from '../sceau/sceau.events';
import { isSceauxStream, sceauxStream } from '../sceau/sceau.stream';
import {
  EVIDENCE_FORMAT,
  proofRequired,
  referenceFichier,
  VERSIONS_LUES,
  type BundleDocumentLine,
  type BundleHeader,
  type BundleStreamInfo,
  type EvidenceScope,
  type ReferenceFichier,
} from './bundle.format';

/*
 * Offline verification of an evidence bundle (docs/audit/evidence-bundle.md): needs the bundle (and its files
 * folder) only, never the platform's database; `cli verify-bundle` loads nothing else.
 */

export type BundleProblemCode =
  | 'malformed_line'
  | 'bad_header'
  | 'line_order'
  | 'wrong_tenant'
  | 'unknown_stream'
  | 'malformed_event'
  | 'position_order'
  | 'revision_gap'
  | 'prev_hash_mismatch'
  | 'hash_mismatch'
  | 'seal_chain_mismatch'
  | 'seal_root_mismatch'
  | 'seal_count_mismatch'
  | 'proof_missing'
  | 'proof_mismatch'
  | 'proof_invalid'
  | 'count_mismatch'
  | DocumentProblemCode;

export interface BundleProblem {
  /** 1-based line of the bundle file. */
  line: number;
  problem: BundleProblemCode;
  message: string;
  stream?: string;
  revision?: number;
}

export interface BundleVerification {
  ok: boolean;
  tenant: string | null;
  scope: EvidenceScope | null;
  lines: number;
  streams: number;
  events: number;
  seals: number;
  /** Tenant scope: seal roots recomputed from the events. */
  rootsChecked: number;
  /** Partial scopes: inclusion proofs checked against their seal's root. */
  proofsChecked: number;
  /** Exported events after the last seal: consistent with their chains, not yet anchored by a seal. */
  eventsAfterLastSeal: number;
  /** Files of pièces justificatives the bundle lists (version 2), and how many of them were hashed from its files folder. */
  documents: number;
  filesChecked: number;
  firstProblem: BundleProblem | null;
  problems: BundleProblem[];
  warnings: string[];
}

interface Timeline {
  positions: number[];
  revisions: number[];
  hashes: string[];
  /** Line of each event, to name it in a problem. */
  lines: number[];
}

interface SealAtLine {
  line: number;
  event: RecordedEvent<SceauPose>;
  proofs: unknown;
}

const MAX_PROBLEMS = 100;

/**
 * Verifies a bundle line by line (a file read with readline, or an array). With `files`, the files the bundle
 * includes are read from its files folder and hashed too.
 */
export async function verifyBundle(lines: Iterable<string> | AsyncIterable<string>, options: { files?: LecteurFichiers } = {}): Promise<BundleVerification> {
  const problems: BundleProblem[] = [];
  const warnings: string[] = [];
  const report = (problem: BundleProblem) => void (problems.length < MAX_PROBLEMS && problems.push(problem));

  let header: BundleHeader | null = null;
  const cursors = new Map<string, ChainCursor>();
  const timelines = new Map<string, Timeline>();
  const seals: SealAtLine[] = [];
  let sealCursor: ChainCursor = STREAM_START;
  let lineNumber = 0;
  let emptyLine = 0;
  let lastPosition = 0;
  let events = 0;
  const documents = new VerificationDocuments();
  let documentLines = 0;

  for await (const raw of lines) {
    lineNumber += 1;
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (text === '') {
      emptyLine ||= lineNumber;
      continue;
    }
    if (emptyLine) {
      report({ line: emptyLine, problem: 'malformed_line', message: `line ${emptyLine} is empty inside the bundle` });
      emptyLine = 0;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    if (!header) {
      // The first line carries what everything else is checked against: without it, stop.
      const problem = parsed === undefined ? 'not JSON' : headerProblem(parsed);
      if (problem || lineNumber !== 1) {
        report({ line: lineNumber, problem: 'bad_header', message: `line ${lineNumber}: ${problem ?? 'the header must be line 1'}` });
        break;
      }
      header = parsed as BundleHeader;
      for (const info of header.streams) {
        cursors.set(info.stream, { revision: info.fromRevision - 1, hash: info.prevHash });
      }
      if (header.seals) sealCursor = { revision: header.seals.fromRevision - 1, hash: header.seals.prevHash };
      continue;
    }
    if (parsed === undefined) {
      report({ line: lineNumber, problem: 'malformed_line', message: `line ${lineNumber} is not JSON` });
      continue;
    }
    const kind = isObject(parsed) ? parsed.kind : undefined;
    const tenant = header.tenant;
    if (kind === 'header') {
      report({ line: lineNumber, problem: 'line_order', message: `line ${lineNumber}: a second header` });
      continue;
    }
    if (kind === 'document' && header.version !== 1) {
      documents.ligne(lineNumber, parsed, report);
      documentLines += 1;
      continue;
    }
    if (documentLines > 0) report({ line: lineNumber, problem: 'line_order', message: `line ${lineNumber}: ${String(kind)} after the document lines` });
    if (kind !== 'event' && kind !== 'seal') {
      report({ line: lineNumber, problem: 'malformed_line', message: `line ${lineNumber}: unknown line kind ${JSON.stringify(kind)}` });
      continue;
    }
    const event = (parsed as { event?: unknown }).event;
    const shape = eventShapeProblem(event);
    if (shape) {
      report({ line: lineNumber, problem: 'malformed_event', message: `line ${lineNumber}: ${shape}` });
      continue;
    }
    const recorded = event as RecordedEvent;
    const at = { line: lineNumber, stream: recorded.stream, revision: recorded.revision };
    if (!belongsToTenant(recorded, tenant)) {
      report({
        ...at,
        problem: 'wrong_tenant',
        message: `line ${lineNumber}: ${recorded.stream} (metadata tenant ${recorded.metadata.tenantId}) is not of tenant ${tenant}`,
      });
      continue;
    }

    if (kind === 'event') {
      if (seals.length > 0) report({ ...at, problem: 'line_order', message: `line ${lineNumber}: event after the seals` });
      const cursor = cursors.get(recorded.stream);
      if (!cursor || isSceauxStream(recorded.stream)) {
        report({ ...at, problem: 'unknown_stream', message: `line ${lineNumber}: stream ${recorded.stream} is not declared in the header` });
        continue;
      }
      if (recorded.position <= lastPosition) {
        report({
          ...at,
          problem: 'position_order',
          message: `line ${lineNumber}: position ${recorded.position} after position ${lastPosition} (lines reordered?)`,
        });
      }
      lastPosition = Math.max(lastPosition, recorded.position);
      const broken = verifyChainLink(cursor, recorded);
      if (broken)
        report({
          ...at,
          problem: broken.problem,
          message: `line ${lineNumber}: ${recorded.stream} revision ${recorded.revision}: ${broken.problem.replace(/_/g, ' ')}, expected ${broken.expected}, found ${broken.actual}`,
        });
      cursors.set(recorded.stream, { revision: recorded.revision, hash: recorded.metadata.hash });
      const timeline = timelines.get(recorded.stream) ?? { positions: [], revisions: [], hashes: [], lines: [] };
      timeline.positions.push(recorded.position);
      timeline.revisions.push(recorded.revision);
      timeline.hashes.push(recorded.metadata.hash);
      timeline.lines.push(lineNumber);
      timelines.set(recorded.stream, timeline);
      documents.evenement(recorded);
      events += 1;
      continue;
    }

    // A seal line: its own chain, numbering and previous root now; roots and proofs once all seals are read.
    if (!isSceauxStream(recorded.stream) || recorded.type !== 'SceauPose' || sealDataProblem(recorded.data)) {
      report({
        ...at,
        problem: 'malformed_event',
        message: `line ${lineNumber}: not a SceauPose of ${sceauxStream(tenant)}${sealDataProblem(recorded.data) ? `: ${sealDataProblem(recorded.data)}` : ''}`,
      });
      continue;
    }
    const seal = recorded as RecordedEvent<SceauPose>;
    const broken = verifyChainLink(sealCursor, seal);
    if (broken)
      report({
        ...at,
        problem: broken.problem,
        message: `line ${lineNumber}: seal ${seal.revision}: ${broken.problem.replace(/_/g, ' ')}, expected ${broken.expected}, found ${broken.actual}`,
      });
    sealCursor = { revision: seal.revision, hash: seal.metadata.hash };
    const previous = seals[seals.length - 1]?.event.data;
    const chainProblem = sealChainProblem(seal, previous, header);
    if (chainProblem) report({ ...at, problem: 'seal_chain_mismatch', message: `line ${lineNumber}: seal ${seal.revision}: ${chainProblem}` });
    seals.push({ line: lineNumber, event: seal, proofs: (parsed as { proofs?: unknown }).proofs });
  }

  if (header) {
    checkSeals(header, seals, timelines, report);
    checkCounts(header, timelines, seals, events, report);
    if (header.version !== 1) await documents.terminer(header.counts.documents, header.files, report, options.files);
  } else if (lineNumber === 0) {
    report({ line: 1, problem: 'bad_header', message: 'the bundle is empty' });
  }

  const lastSeal = seals[seals.length - 1]?.event.data;
  let eventsAfterLastSeal = 0;
  for (const timeline of timelines.values()) eventsAfterLastSeal += timeline.positions.filter((position) => !lastSeal || position > lastSeal.position).length;
  if (header && seals.length === 0) warnings.push('no seal: the chains are consistent, but nothing anchors them to a sealed state of the workspace');
  else if (eventsAfterLastSeal > 0)
    warnings.push(`${eventsAfterLastSeal} exported events are after the last seal: their chains are checked, no seal covers them yet`);
  const scoped = header?.scope.kind === 'tenant';
  return {
    ok: problems.length === 0,
    tenant: header?.tenant ?? null,
    scope: header?.scope ?? null,
    lines: lineNumber,
    streams: timelines.size,
    events,
    seals: seals.length,
    rootsChecked: scoped ? seals.length : 0,
    proofsChecked: scoped ? 0 : seals.reduce((sum, seal) => sum + (Array.isArray(seal.proofs) ? seal.proofs.length : 0), 0),
    eventsAfterLastSeal,
    documents: documentLines,
    filesChecked: documents.filesChecked,
    firstProblem: problems[0] ?? null,
    problems,
    warnings,
  };
}

function checkSeals(
  header: BundleHeader,
  seals: readonly SealAtLine[],
  timelines: ReadonlyMap<string, Timeline>,
  report: (problem: BundleProblem) => void,
): void {
  const previousHeads = new Map<string, number>();
  seals.forEach((seal, index) => {
    const { data } = seal.event;
    const at = { line: seal.line, stream: seal.event.stream, revision: seal.event.revision };
    const headsAt = (stream: string) => headAt(timelines.get(stream), data.position);
    if (header.scope.kind === 'tenant') {
      // The whole tenant is in the bundle: recompute the root from the events.
      const heads: StreamHead[] = [];
      for (const stream of timelines.keys()) {
        const head = headsAt(stream);
        if (head) heads.push({ stream, revision: head.revision, hash: head.hash });
      }
      const root = merkleRoot(heads);
      const eventCount = heads.reduce((sum, head) => sum + head.revision + 1, 0);
      if (root !== data.racine) {
        report({
          ...at,
          problem: 'seal_root_mismatch',
          message: `line ${seal.line}: seal ${data.numero}: root recomputed from the events is ${root}, the seal says ${data.racine}`,
        });
      } else if (heads.length !== data.nombreFlux || eventCount !== data.nombreEvenements) {
        report({
          ...at,
          problem: 'seal_count_mismatch',
          message: `line ${seal.line}: seal ${data.numero}: ${heads.length} streams and ${eventCount} events recomputed, the seal says ${data.nombreFlux} and ${data.nombreEvenements}`,
        });
      }
      return;
    }
    // Partial scope: each exported stream's head must be proven wherever the rule asks for it.
    const proofs = Array.isArray(seal.proofs) ? seal.proofs : [];
    const byStream = new Map<string, unknown>();
    for (const proof of proofs) {
      const stream = isObject(proof) && isObject(proof.leaf) ? proof.leaf.stream : undefined;
      if (typeof stream !== 'string' || byStream.has(stream)) {
        report({
          ...at,
          problem: 'proof_invalid',
          message: `line ${seal.line}: seal ${data.numero}: a proof without a leaf stream, or two proofs for one stream`,
        });
        continue;
      }
      byStream.set(stream, proof);
    }
    const isLast = index === seals.length - 1;
    for (const stream of [...timelines.keys()].sort()) {
      const head = headsAt(stream);
      const required = proofRequired(head?.revision, previousHeads.get(stream), isLast);
      if (head) previousHeads.set(stream, head.revision);
      const proof = byStream.get(stream);
      byStream.delete(stream);
      if (!proof) {
        if (required)
          report({
            ...at,
            problem: 'proof_missing',
            message: `line ${seal.line}: seal ${data.numero}: no proof for ${stream} (head revision ${head?.revision})`,
          });
        continue;
      }
      const problem = proofProblem(proof, head, data);
      if (problem) report({ ...at, problem: problem.code, message: `line ${seal.line}: seal ${data.numero}, ${stream}: ${problem.message}` });
    }
    for (const stream of byStream.keys()) {
      report({ ...at, problem: 'proof_mismatch', message: `line ${seal.line}: seal ${data.numero}: proof for ${stream}, which is not an exported stream` });
    }
  });
}

function proofProblem(
  proof: unknown,
  head: { revision: number; hash: string } | null,
  seal: SceauPoseData,
): { code: BundleProblemCode; message: string } | null {
  if (!isMerkleProof(proof)) return { code: 'proof_invalid', message: 'malformed proof' };
  if (!head) return { code: 'proof_mismatch', message: 'the stream has no exported event at or below the seal position' };
  if (proof.leaf.revision !== head.revision || proof.leaf.hash !== head.hash) {
    return {
      code: 'proof_mismatch',
      message: `the proof is for revision ${proof.leaf.revision}, but the exported head at position ${seal.position} is revision ${head.revision} (${head.hash})`,
    };
  }
  if (proof.treeSize !== seal.nombreFlux)
    return { code: 'proof_invalid', message: `proof tree size ${proof.treeSize}, the seal covers ${seal.nombreFlux} streams` };
  if (!verifyMerkleProof(proof, seal.racine)) return { code: 'proof_invalid', message: `the proof does not lead to the seal's root ${seal.racine}` };
  return null;
}

function checkCounts(
  header: BundleHeader,
  timelines: ReadonlyMap<string, Timeline>,
  seals: readonly SealAtLine[],
  events: number,
  report: (problem: BundleProblem) => void,
): void {
  for (const info of header.streams) {
    const timeline = timelines.get(info.stream);
    const count = timeline?.revisions.length ?? 0;
    const last = timeline ? timeline.revisions[timeline.revisions.length - 1] : undefined;
    if (count !== info.events || last !== info.toRevision) {
      report({
        line: 1,
        problem: 'count_mismatch',
        stream: info.stream,
        message: `line 1 declares ${info.stream} revisions ${info.fromRevision}…${info.toRevision} (${info.events} events); the bundle holds ${count} events${last === undefined ? '' : ` up to revision ${last}`}`,
      });
    }
  }
  if (events !== header.counts.events)
    report({ line: 1, problem: 'count_mismatch', message: `line 1 declares ${header.counts.events} events; the bundle holds ${events}` });
  const lastSeal = seals[seals.length - 1]?.event.revision;
  if (seals.length !== header.counts.seals || (header.seals && lastSeal !== header.seals.toRevision)) {
    report({
      line: 1,
      problem: 'count_mismatch',
      message: `line 1 declares ${header.counts.seals} seals${header.seals ? ` up to revision ${header.seals.toRevision}` : ''}; the bundle holds ${seals.length}`,
    });
  }
}

/** The last exported event of a stream at or below a position (positions ascend: checked line by line). */
function headAt(timeline: Timeline | undefined, position: number): { revision: number; hash: string } | null {
  if (!timeline) return null;
  let low = 0;
  let high = timeline.positions.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (timeline.positions[middle] <= position) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found < 0 ? null : { revision: timeline.revisions[found], hash: timeline.hashes[found] };
}

function sealChainProblem(seal: RecordedEvent<SceauPose>, previous: SceauPoseData | undefined, header: BundleHeader): string | null {
  const { data } = seal;
  if (data.numero !== seal.revision) return `numero ${data.numero} but revision ${seal.revision}`;
  // The first exported seal of a bundle that starts later than revision 0 cannot check its predecessor.
  const first = header.seals?.fromRevision === seal.revision;
  if (!(first && seal.revision > 0) && data.racinePrecedente !== (previous?.racine ?? null)) {
    return `racinePrecedente ${data.racinePrecedente}, the previous seal's root is ${previous?.racine ?? null}`;
  }
  if (previous && data.position < previous.position) return `position ${data.position} is before the previous seal's ${previous.position}`;
  if (data.position >= seal.position) return `covers position ${data.position}, not before its own position ${seal.position}`;
  return null;
}

function headerProblem(value: unknown): string | null {
  if (!isObject(value) || value.kind !== 'header') return 'the first line must be the header';
  if (value.format !== EVIDENCE_FORMAT) return `format ${JSON.stringify(value.format)}, expected ${EVIDENCE_FORMAT}`;
  if (!VERSIONS_LUES.includes(value.version as number))
    return `version ${JSON.stringify(value.version)}, this verifier reads versions ${VERSIONS_LUES.join(' and ')}`;
  if (typeof value.tenant !== 'string') return 'no tenant';
  const scope = value.scope;
  if (!isObject(scope) || !['tenant', 'dossier', 'year'].includes(String(scope.kind))) return 'no scope';
  if (!isObject(value.counts) || !Array.isArray(value.streams)) return 'no counts or streams';
  for (const info of value.streams) {
    if (!isStreamInfo(info)) return `malformed stream entry ${JSON.stringify(info)}`;
  }
  if (value.seals !== null && !isStreamInfo(value.seals)) return 'malformed seals entry';
  return null;
}

function isStreamInfo(value: unknown): value is BundleStreamInfo {
  return (
    isObject(value) &&
    typeof value.stream === 'string' &&
    Number.isSafeInteger(value.fromRevision) &&
    Number.isSafeInteger(value.toRevision) &&
    Number.isSafeInteger(value.events) &&
    (value.prevHash === null || typeof value.prevHash === 'string')
  );
}

function eventShapeProblem(value: unknown): string | null {
  if (!isObject(value)) return 'no event';
  for (const key of ['id', 'type', 'stream'] as const) if (typeof value[key] !== 'string') return `event without ${key}`;
  for (const key of ['revision', 'position', 'schemaVersion'] as const) if (!Number.isSafeInteger(value[key])) return `event without a whole ${key}`;
  const metadata = value.metadata;
  if (!isObject(metadata)) return 'event without metadata';
  if (typeof metadata.hash !== 'string' || !(metadata.prevHash === null || typeof metadata.prevHash === 'string')) return 'event without hash or prevHash';
  if (typeof metadata.tenantId !== 'string') return 'event without metadata.tenantId';
  return null;
}

function sealDataProblem(data: unknown): string | null {
  if (!isObject(data)) return 'no data';
  if (typeof data.racine !== 'string' || !Number.isSafeInteger(data.position) || !Number.isSafeInteger(data.numero)) return 'no racine, position or numero';
  if (!Number.isSafeInteger(data.nombreFlux) || !Number.isSafeInteger(data.nombreEvenements)) return 'no nombreFlux or nombreEvenements';
  return null;
}

function isMerkleProof(value: unknown): value is MerkleProof {
  return (
    isObject(value) &&
    isObject(value.leaf) &&
    typeof value.leaf.stream === 'string' &&
    Number.isSafeInteger(value.leaf.revision) &&
    typeof value.leaf.hash === 'string' &&
    Number.isSafeInteger(value.leafIndex) &&
    Number.isSafeInteger(value.treeSize) &&
    Array.isArray(value.siblings) &&
    value.siblings.every((sibling) => isObject(sibling) && (sibling.side === 'left' || sibling.side === 'right') && typeof sibling.hash === 'string')
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export type DocumentProblemCode = 'document_unreferenced' | 'document_unlisted' | 'document_mismatch' | 'document_file_missing' | 'document_altered';

export interface DocumentProblem {
  line: number;
  problem: DocumentProblemCode;
  message: string;
}

/** Reads a file (named by its hash) of the bundle's files folder (the name the header gives); null when it is not there. */
export type LecteurFichiers = (nom: string, dossier: string) => Promise<AsyncIterable<Uint8Array> | null>;

/**
 * Checks the document lines against the exported events: each listed file is recorded by an exported event with
 * the same size and type; each file an exported event records is listed; each included file hashes to its line.
 */
export class VerificationDocuments {
  private readonly attendus = new Map<string, ReferenceFichier>();
  private readonly listes = new Map<string, { line: number; ligne: BundleDocumentLine }>();
  filesChecked = 0;

  evenement(event: RecordedEvent): void {
    const reference = referenceFichier(event);
    if (reference && !this.attendus.has(reference.fichier.sha256)) this.attendus.set(reference.fichier.sha256, reference);
  }

  ligne(line: number, parsed: unknown, report: (problem: DocumentProblem) => void): void {
    const ligne = parsed as Partial<BundleDocumentLine>;
    if (!isSha256(ligne.sha256) || !Number.isSafeInteger(ligne.taille) || typeof ligne.typeMedia !== 'string' || !Array.isArray(ligne.references)) {
      report({ line, problem: 'document_mismatch', message: `line ${line}: malformed document line` });
      return;
    }
    const attendu = this.attendus.get(ligne.sha256);
    if (!attendu) {
      report({ line, problem: 'document_unreferenced', message: `line ${line}: file ${ligne.sha256} is recorded by no exported event` });
    } else if (attendu.fichier.taille !== ligne.taille || attendu.fichier.typeMedia !== ligne.typeMedia) {
      report({
        line,
        problem: 'document_mismatch',
        message: `line ${line}: file ${ligne.sha256} is listed as ${ligne.taille} bytes of ${ligne.typeMedia}; ${attendu.stream} revision ${attendu.revision} recorded ${attendu.fichier.taille} bytes of ${attendu.fichier.typeMedia}`,
      });
    }
    this.listes.set(ligne.sha256, { line, ligne: ligne as BundleDocumentLine });
  }

  async terminer(
    declared: number | undefined,
    dossier: string | null | undefined,
    report: (problem: DocumentProblem) => void,
    lire: LecteurFichiers | undefined,
  ): Promise<void> {
    for (const [sha256, reference] of this.attendus) {
      if (!this.listes.has(sha256)) {
        report({
          line: 1,
          problem: 'document_unlisted',
          message: `${reference.stream} revision ${reference.revision} records file ${sha256} (« ${reference.fichier.nom} »), which the bundle does not list`,
        });
      }
    }
    if (declared !== undefined && declared !== this.listes.size) {
      report({ line: 1, problem: 'document_unlisted', message: `line 1 declares ${declared} documents; the bundle lists ${this.listes.size}` });
    }
    if (!lire || !dossier) return;
    // The header names a folder beside the bundle, never a path elsewhere.
    if (/[\\/]|^\.\.?$/.test(dossier)) {
      report({
        line: 1,
        problem: 'document_mismatch',
        message: `line 1 names the files folder "${dossier.slice(0, 80)}": a folder name beside the bundle is expected`,
      });
      return;
    }
    for (const { line, ligne } of this.listes.values()) {
      if (ligne.fichier === null) continue;
      if (ligne.fichier !== ligne.sha256) {
        report({ line, problem: 'document_mismatch', message: `line ${line}: the file of ${ligne.sha256} must be named by its hash` });
        continue;
      }
      const content = await lire(ligne.fichier, dossier);
      if (!content) {
        report({ line, problem: 'document_file_missing', message: `line ${line}: the files folder has no file ${ligne.fichier} (« ${ligne.nom} »)` });
        continue;
      }
      const hash = createHash('sha256');
      let size = 0;
      for await (const chunk of content) {
        hash.update(chunk);
        size += chunk.byteLength;
      }
      const actual = hash.digest('hex');
      this.filesChecked += 1;
      if (actual !== ligne.sha256 || size !== ligne.taille) {
        report({
          line,
          problem: 'document_altered',
          message: `line ${line}: file ${ligne.fichier} (« ${ligne.nom} ») hashes to ${actual} (${size} bytes), not to what its events recorded`,
        });
      }
    }
  }
}
