import { StreamNotFound, parseStreamName, streamName, type EventStore, type RecordedEvent } from '@cdv/eventsourcing';
import {
  isSceauxStream,
  MERKLE_ALGORITHM,
  merkleProofs,
  merkleRoot,
  sceauxStream,
  STREAM_START,
  StreamHeads,
  verifyChainLink,
  verifyMerkleProof,
  type ChainCursor,
  type MerkleProof,
  type SceauPose,
  type SceauPoseData,
  type StreamHead,
} from '@cdv/domain-audit';
import { anneesConcernees, dossiersConcernes } from '@cdv/domain-programmation';
import { AuditQueryError } from './audit-errors';
import {
  DocumentsDuJournal,
  ecrireDocuments,
  VerificationDocuments,
  type BundleDocumentLine,
  type DocumentProblemCode,
  type DocumentsExportOptions,
  type LecteurFichiers,
} from './evidence-documents';
import { belongsToTenant, checkTenant, readTenantLog } from './tenant-log';

/*
 * Evidence bundle (DESIGN §5): a tenant's, a year's or a dossier's events as JSON lines, with the seals that
 * cover them, that an auditor verifies offline with the algorithm of docs/audit/evidence-bundle.md.
 *
 *   line 1        {"kind":"header", format, version, tenant, scope, generatedAt, position, counts, streams, seals, algorithm}
 *   lines 2…      {"kind":"event","event":<envelope as stored>}   ascending global position
 *   then          {"kind":"seal","event":<SceauPose envelope>,"proofs":[…]}   ascending seal revision
 *   then          {"kind":"document","sha256",…}   version 2: each file the exported events record (evidence-documents.ts)
 */

export const EVIDENCE_FORMAT = 'cdv-evidence-bundle';
/** 2 adds the document lines (pièces justificatives); the verifier reads 1 and 2. */
export const EVIDENCE_VERSION = 2;
const VERSIONS_LUES: readonly number[] = [1, 2];

export type EvidenceScope = { kind: 'tenant' } | { kind: 'dossier'; dossierId: string } | { kind: 'year'; year: number };

/** Neither dossierId nor year: the whole tenant. */
export interface ExportEvidenceRequest {
  tenant: string;
  dossierId?: string;
  year?: number;
}

/** One exported stream: its revisions `fromRevision…toRevision`, and the hash the first one chains to. */
export interface BundleStreamInfo {
  stream: string;
  fromRevision: number;
  toRevision: number;
  events: number;
  prevHash: string | null;
}

export interface BundleHeader {
  kind: 'header';
  format: typeof EVIDENCE_FORMAT;
  /** 1: events and seals; 2: also the document lines. */
  version: 1 | 2;
  tenant: string;
  scope: EvidenceScope;
  generatedAt: string;
  /** Global position of the snapshot: the bundle holds what the store held up to it. */
  position: number;
  counts: { streams: number; events: number; seals: number; documents?: number };
  streams: BundleStreamInfo[];
  /** The seal stream's exported revisions; null when the tenant has no seal yet. */
  seals: BundleStreamInfo | null;
  /** How the streams of a partial scope were chosen, and what that cannot catch. */
  selection: string;
  algorithm: Record<string, string>;
  /** Version 2: the folder beside the bundle that holds the files (named by hash), or null when they were not included. */
  files?: string | null;
}

export interface BundleEventLine {
  kind: 'event';
  event: RecordedEvent;
}

export interface BundleSealLine {
  kind: 'seal';
  event: RecordedEvent<SceauPose>;
  /** Partial scopes only: the exported streams' heads in this seal's tree (see `proofRequired`). */
  proofs: MerkleProof[];
}

export type BundleLine = BundleHeader | BundleEventLine | BundleSealLine | BundleDocumentLine;

export const BUNDLE_ALGORITHM: Record<string, string> = {
  documentation: 'docs/audit/evidence-bundle.md',
  canonicalJson:
    'object members sorted by key (UTF-16 code unit order, as JavaScript sorts strings), no whitespace, strings and numbers as JSON.stringify (ECMAScript) writes them, members whose value is undefined dropped',
  eventHash:
    'hash = hex(sha256(utf8(prevHash or "") ‖ utf8(canonicalJson({id, stream, revision, type, schemaVersion, data, metadata without hash})))); prevHash is the hash of the previous revision of the same stream, null at revision 0; position is not hashed',
  merkle: `${MERKLE_ALGORITHM}: RFC 6962 Merkle Tree Hash over the heads of every stream of the tenant but {tenant}:sceaux at the seal's position, sorted by stream name (byte order); leaf = sha256(0x00 ‖ utf8(canonicalJson({hash, revision, stream}))), node = sha256(0x01 ‖ left ‖ right) on raw 32-byte digests, a last odd node is carried up unchanged; empty tree = sha256("")`,
  proofs:
    'leaf = the head; for each sibling in order: node = sha256(0x01 ‖ sibling ‖ node) when side is "left", sha256(0x01 ‖ node ‖ sibling) when "right"; the result must equal the seal\'s racine. A proof is given for each exported stream at each seal where its head changed since the previous seal, and at the last seal',
  seals:
    "SceauPose events of {tenant}:sceaux, chained by their own hashes; data.numero = revision, data.racinePrecedente = previous seal's racine, data.position = last global position covered",
  documents:
    'after the seals, one line per distinct file that an exported PieceDeposee or PieceRemplacee records (data.fichier.sha256, taille, typeMedia); when the header names a files folder, the file named by its hash must hash (sha256 of its bytes) to it',
};

export interface EvidenceProgress {
  phase: 'scan' | 'write';
  done: number;
  /** Events of the tenant up to the snapshot; null while the first pass is counting them. */
  total: number | null;
}

export interface ExportEvidenceOptions {
  onProgress?: (progress: EvidenceProgress) => void;
  /** The document store, to copy the files into the bundle's folder (`inclure`, with `filesFolder` for the header). */
  documents?: DocumentsExportOptions & { filesFolder?: string };
  clock?: () => Date;
  pageSize?: number;
}

export interface EvidenceExportSummary {
  header: BundleHeader;
  /** Lines written, header included. */
  lines: number;
  proofs: number;
  /** Files copied into the files folder; hashes of files the store lacked (listed, not included). */
  files: { included: number; missing: string[] };
}

/** Exports into memory: the lines, header first. For files, `writeEvidence` streams them. */
export async function exportEvidence(
  store: EventStore,
  request: ExportEvidenceRequest,
  options: ExportEvidenceOptions = {},
): Promise<EvidenceExportSummary & { bundle: string[] }> {
  const bundle: string[] = [];
  const summary = await writeEvidence(store, request, (line) => void bundle.push(line), options);
  return { ...summary, bundle };
}

/**
 * Two passes over the tenant's log, both bounded by the position read at the start (a consistent snapshot
 * while writers go on): the first chooses the streams, the second writes their events and computes the
 * seals' inclusion proofs. Memory holds per-stream counters and the proofs, not the events.
 */
export async function writeEvidence(
  store: EventStore,
  request: ExportEvidenceRequest,
  write: (line: string) => void | Promise<void>,
  options: ExportEvidenceOptions = {},
): Promise<EvidenceExportSummary> {
  const tenant = checkTenant(request.tenant);
  const scope = scopeOf(request);
  const clock = options.clock ?? (() => new Date());
  const until = await store.headPosition({ tenant });
  const seals = (await readStreamOrEmpty(store, sceauxStream(tenant))).filter((event) => event.position <= until) as RecordedEvent<SceauPose>[];

  // Pass 1: what each stream holds and which dossiers and years its events concern (dossiersConcernes).
  const infos = new Map<string, BundleStreamInfo>();
  const yearOfDossierStream = new Map<string, unknown>();
  const references = new Map<string, Set<string>>();
  const fichiers = new DocumentsDuJournal();
  const yearsOfStream = new Map<string, Set<number>>();
  let total = 0;
  for await (const page of readTenantLog(store, tenant, { until, pageSize: options.pageSize })) {
    for (const event of page) {
      total += 1;
      if (!belongsToTenant(event, tenant) || isSceauxStream(event.stream)) continue;
      const info = infos.get(event.stream);
      if (info) {
        info.toRevision = event.revision;
        info.events += 1;
      } else {
        infos.set(event.stream, {
          stream: event.stream,
          fromRevision: event.revision,
          toRevision: event.revision,
          events: 1,
          prevHash: event.metadata.prevHash,
        });
      }
      fichiers.observer(event);
      const annees = anneesConcernees(event);
      if (event.type === 'DossierDepose' && annees.length > 0) yearOfDossierStream.set(event.stream, annees[0]);
      addAll(references, event.stream, dossiersConcernes(event));
      addAll(yearsOfStream, event.stream, annees);
    }
    options.onProgress?.({ phase: 'scan', done: total, total: null });
  }

  const { streams: selected, selection } = selectStreams(tenant, scope, infos, yearOfDossierStream, references, yearsOfStream);
  const partial = scope.kind !== 'tenant';
  const exported = [...selected].sort().map((stream) => infos.get(stream) as BundleStreamInfo);
  const documents = fichiers.pour(selected);
  const inclure = options.documents?.inclure ? options.documents : undefined;
  const header: BundleHeader = {
    kind: 'header',
    format: EVIDENCE_FORMAT,
    version: EVIDENCE_VERSION,
    tenant,
    scope,
    generatedAt: clock().toISOString(),
    position: until,
    counts: { streams: exported.length, events: exported.reduce((sum, info) => sum + info.events, 0), seals: seals.length, documents: documents.length },
    streams: exported,
    seals:
      seals.length === 0
        ? null
        : {
            stream: sceauxStream(tenant),
            fromRevision: seals[0].revision,
            toRevision: seals[seals.length - 1].revision,
            events: seals.length,
            prevHash: seals[0].metadata.prevHash,
          },
    selection,
    algorithm: BUNDLE_ALGORITHM,
    files: inclure ? (options.documents?.filesFolder ?? 'files') : null,
  };
  await write(JSON.stringify(header));
  let lines = 1;

  // Pass 2: events of the chosen streams; at each seal's position, proofs for the chosen streams' heads.
  const heads = new StreamHeads();
  const proofsBySeal = new Map<number, MerkleProof[]>();
  const previousHeads = new Map<string, number>();
  let nextSeal = 0;
  const crossSeals = (position: number) => {
    while (nextSeal < seals.length && sealPosition(seals[nextSeal]) < position) {
      const seal = seals[nextSeal];
      if (partial) proofsBySeal.set(seal.revision, proofsAt(heads, selected, previousHeads, nextSeal === seals.length - 1));
      nextSeal += 1;
    }
  };
  let done = 0;
  for await (const page of readTenantLog(store, tenant, { until, pageSize: options.pageSize })) {
    for (const event of page) {
      done += 1;
      if (!belongsToTenant(event, tenant) || isSceauxStream(event.stream)) continue;
      crossSeals(event.position);
      if (selected.has(event.stream)) {
        await write(JSON.stringify({ kind: 'event', event } satisfies BundleEventLine));
        lines += 1;
      }
      heads.apply(event);
    }
    options.onProgress?.({ phase: 'write', done, total });
  }
  crossSeals(Number.POSITIVE_INFINITY);

  let proofs = 0;
  for (const seal of seals) {
    const sealProofs = proofsBySeal.get(seal.revision) ?? [];
    proofs += sealProofs.length;
    await write(JSON.stringify({ kind: 'seal', event: seal, proofs: sealProofs } satisfies BundleSealLine));
    lines += 1;
  }
  const ecrits = await ecrireDocuments(tenant, documents, write, inclure);
  lines += ecrits.lignes;
  return { header, lines, proofs, files: { included: ecrits.inclus, missing: ecrits.absents } };
}

/**
 * Which exported streams need a proof at a seal: those with a head at its position whose head changed since
 * the previous seal, and all of them at the last seal. Exporter and verifier apply the same rule, so a proof
 * left out of a bundle is noticed.
 */
export function proofRequired(head: number | undefined, previousHead: number | undefined, isLastSeal: boolean): boolean {
  return head !== undefined && (isLastSeal || head !== previousHead);
}

function proofsAt(heads: StreamHeads, selected: ReadonlySet<string>, previousHeads: Map<string, number>, isLast: boolean): MerkleProof[] {
  const wanted: string[] = [];
  for (const stream of selected) {
    const head = heads.get(stream)?.revision;
    if (proofRequired(head, previousHeads.get(stream), isLast)) wanted.push(stream);
    if (head !== undefined) previousHeads.set(stream, head);
  }
  if (wanted.length === 0) return [];
  const proofs = merkleProofs(heads.list(), wanted);
  return wanted.sort().map((stream) => proofs.get(stream) as MerkleProof);
}

function sealPosition(seal: RecordedEvent<SceauPose>): number {
  const position = seal.data?.position;
  return Number.isSafeInteger(position) ? position : Number.POSITIVE_INFINITY;
}

function scopeOf(request: ExportEvidenceRequest): EvidenceScope {
  if (request.dossierId !== undefined && request.year !== undefined) {
    throw new AuditQueryError('VALIDATION_FAILED', 'give a dossier or a year, not both', { field: 'scope' });
  }
  if (request.dossierId !== undefined) {
    if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(request.dossierId))
      throw new AuditQueryError('VALIDATION_FAILED', `"${request.dossierId}" is not a dossier id`, { field: 'dossierId' });
    return { kind: 'dossier', dossierId: request.dossierId };
  }
  if (request.year !== undefined) {
    if (!Number.isInteger(request.year) || request.year < 1990 || request.year > 2200)
      throw new AuditQueryError('VALIDATION_FAILED', `${request.year} is not a programmation year`, { field: 'year' });
    return { kind: 'year', year: request.year };
  }
  return { kind: 'tenant' };
}

function addAll<T>(index: Map<string, Set<T>>, stream: string, values: readonly T[]): void {
  if (values.length === 0) return;
  const set = index.get(stream) ?? new Set<T>();
  values.forEach((value) => set.add(value));
  index.set(stream, set);
}

function selectStreams(
  tenant: string,
  scope: EvidenceScope,
  infos: ReadonlyMap<string, BundleStreamInfo>,
  yearOfDossierStream: ReadonlyMap<string, unknown>,
  references: ReadonlyMap<string, ReadonlySet<string>>,
  yearsOfStream: ReadonlyMap<string, ReadonlySet<number>>,
): { streams: Set<string>; selection: string } {
  if (scope.kind === 'tenant') return { streams: new Set(infos.keys()), selection: 'every stream of the tenant but the seal stream' };
  const streams = new Set<string>();
  const dossierIds = new Set<string>();
  if (scope.kind === 'dossier') {
    const stream = streamName(tenant, 'dossier', scope.dossierId);
    if (!infos.has(stream)) throw new AuditQueryError('NOT_FOUND', `dossier ${scope.dossierId} not found`, { what: 'dossier', id: scope.dossierId });
    streams.add(stream);
    dossierIds.add(scope.dossierId);
  } else {
    for (const [stream, annee] of yearOfDossierStream) {
      if (Number(annee) !== scope.year) continue;
      streams.add(stream);
      dossierIds.add(parseStreamName(stream).id);
    }
    // The appel, the comités of the year and the conventions covering it, even those that name no dossier of it.
    for (const [stream, years] of yearsOfStream) {
      if (years.has(scope.year) && !yearOfDossierStream.has(stream)) streams.add(stream);
    }
    if (streams.size === 0)
      throw new AuditQueryError('NOT_FOUND', `no programmation ${scope.year} in workspace ${tenant}`, { what: 'programmation', id: String(scope.year) });
  }
  for (const [stream, named] of references) {
    if (!stream.includes(':dossier-') && [...named].some((id) => dossierIds.has(id))) streams.add(stream);
  }
  const chosen =
    scope.kind === 'dossier'
      ? `the stream dossier-${scope.dossierId}`
      : `the dossier streams whose DossierDepose has annee = ${scope.year}, and the streams with an event of that year (appel-${scope.year}, its comités, the conventions covering it)`;
  return {
    streams,
    selection:
      `${chosen}, plus every comité and convention stream with an event concerning one of those dossiers: a comité's decisions[].dossierId, ` +
      "a convention's dossiers[].dossierId, a tranche's or an attachment's dossierId (dossiersConcernes, libs/domain/programmation/src/concerne.ts). " +
      'The seal proofs show that every exported stream is complete up to each seal.',
  };
}

async function readStreamOrEmpty(store: EventStore, stream: string): Promise<RecordedEvent[]> {
  try {
    return await store.readStream(stream);
  } catch (error) {
    if (error instanceof StreamNotFound) return [];
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Offline verification: needs the bundle only, never the platform's database.

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
