import { parseStreamName, streamName, type EventStore, type RecordedEvent, readStreamOrEmpty, belongsToTenant } from '@cdv/eventsourcing';
import {
  isSceauxStream,
  merkleProofs,
  sceauxStream,
  StreamHeads,
  type MerkleProof,
  type SceauPose,
  BUNDLE_ALGORITHM,
  EVIDENCE_FORMAT,
  EVIDENCE_VERSION,
  proofRequired,
  type BundleEventLine,
  type BundleHeader,
  type BundleSealLine,
  type BundleStreamInfo,
  type EvidenceScope,
} from '@cdv/domain-audit';
import { anneesConcernees, dossiersConcernes } from '@cdv/domain-programmation';
import { anneesConcerneesRapport } from '@cdv/domain-rapport';
import { AuditQueryError } from './audit-errors';
import { DocumentsDuJournal, ecrireDocuments, type DocumentsExportOptions } from './evidence-documents';
import { checkTenant, readTenantLog } from './tenant-log';

/*
 * The export of an evidence bundle (docs/design.md §5; its format and offline verification are in libs/domain/audit/src/bundle): a tenant's, a year's or a dossier's events as JSON lines, with the seals that
 * cover them, that an auditor verifies offline with the algorithm of docs/audit/evidence-bundle.md.
 *
 *   line 1        {"kind":"header", format, version, tenant, scope, generatedAt, position, counts, streams, seals, algorithm}
 *   lines 2…      {"kind":"event","event":<envelope as stored>}   ascending global position
 *   then          {"kind":"seal","event":<SceauPose envelope>,"proofs":[…]}   ascending seal revision
 *   then          {"kind":"document","sha256",…}   version 2: each file the exported events record (evidence-documents.ts)
 */

/** Neither dossierId nor year: the whole tenant. */
export interface ExportEvidenceRequest {
  tenant: string;
  dossierId?: string;
  year?: number;
}

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
      // the year's rapport annuel (rapport-{annee}) and the funds' operations of that year belong to its bundle too
      addAll(yearsOfStream, event.stream, [...annees, ...anneesConcerneesRapport(event)]);
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
    // The appel, the comités of the year, the conventions covering it, even those that name no dossier of it, the
    // year's rapport annuel and the funds with an operation that year.
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
      : `the dossier streams whose DossierDepose has annee = ${scope.year}, and the streams with an event of that year (appel-${scope.year}, its comités, the conventions covering it, rapport-${scope.year}, the dispositifs with an operation of that year)`;
  return {
    streams,
    selection:
      `${chosen}, plus every comité and convention stream with an event concerning one of those dossiers: a comité's decisions[].dossierId, ` +
      "a convention's dossiers[].dossierId, a tranche's or an attachment's dossierId (dossiersConcernes, libs/domain/programmation/src/concerne.ts). " +
      'The seal proofs show that every exported stream is complete up to each seal.',
  };
}

// ---------------------------------------------------------------------------------------------------------
// Offline verification: needs the bundle only, never the platform's database.
