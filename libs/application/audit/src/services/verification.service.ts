import { type DocumentStore, type EventStore, type RecordedEvent, readStreamOrEmpty, belongsToTenant } from '@cdv/eventsourcing';
import { isSceauxStream, sceauxStream, STREAM_START, StreamHeads, verifyChainLink, type ChainCursor, type SceauPoseData } from '@cdv/domain-audit';
import { referenceFichier, type ReferenceFichier } from '@cdv/domain-audit';
import { verifierFichiers } from './document-verification';
import { checkTenant, countTenantEvents, readTenantLog } from './tenant-log';

export type VerificationProblem =
  /** The stored hash is not sha256(prevHash ‖ canonical JSON of the event): the event was changed. */
  | 'hash_mismatch'
  /** The event does not point to the hash of the stream's previous event: an event was replaced or inserted. */
  | 'prev_hash_mismatch'
  /** A revision is missing (an event was deleted) or repeated. */
  | 'revision_gap'
  /** Global positions do not increase. */
  | 'position_order'
  /** An event of another tenant in this tenant's log (stream prefix or metadata.tenantId). */
  | 'foreign_event'
  /** A seal's root differs from the root recomputed from the events at or below its position. */
  | 'seal_root_mismatch'
  /** A seal's stream or event count differs from the recomputed one. */
  | 'seal_count_mismatch'
  /** A seal does not follow the previous one (numbering, previous root, position going backwards). */
  | 'seal_chain_mismatch'
  | 'seal_malformed'
  /** A stored file's bytes no longer hash to what its event recorded (PieceDeposee, PieceRemplacee). */
  | 'document_altered'
  /** The document store has no file for a hash an event recorded. */
  | 'document_missing';

export interface AuditBrokenLink {
  stream: string;
  revision: number;
  position: number;
  eventId: string;
  problem: VerificationProblem;
  expected: string;
  actual: string;
  /** One sentence naming all of the above, for operators and the CLI. */
  message: string;
}

export interface VerificationProgress {
  done: number;
  total: number;
}

export interface VerificationReport {
  tenant: string;
  ok: boolean;
  /** The log was verified up to this global position (the tenant's head when the verification started). */
  checkedUpTo: number;
  streamsChecked: number;
  eventsChecked: number;
  sealsChecked: number;
  /** Distinct files of pièces justificatives hashed again (0 when the verification had no document store). */
  documentsChecked: number;
  /** The first broken link in global order, or null. */
  firstBroken: AuditBrokenLink | null;
  /** Every broken link found, in the order found, at most `maxProblems`. */
  problems: AuditBrokenLink[];
  problemCount: number;
  lastSeal: { numero: number; position: number; racine: string; poseLe: string } | null;
  /** Events after the last seal: protected by their chains only until the next seal. */
  eventsAfterLastSeal: number;
  startedAt: string;
  finishedAt: string;
}

export interface VerifyOptions {
  onProgress?: (progress: VerificationProgress) => void;
  /** Problems kept in the report (all are counted). Default 100. */
  maxProblems?: number;
  pageSize?: number;
  clock?: () => Date;
}

interface PendingSeal {
  event: RecordedEvent<{ type: 'SceauPose'; data: SceauPoseData }>;
  position: number;
}

/**
 * Recomputes a tenant's whole history (docs/design.md §5 `verify`): every stream's hash chain, link by link as
 * `verifyStreamChain` does, and every seal's Merkle root from the events at or below its position. One pass in
 * global order keeps only each stream's last hash and head, so memory does not grow with the history.
 */
export class VerificationService {
  /** With a document store, every file an event recorded is hashed again against its event. */
  constructor(
    private readonly store: EventStore,
    private readonly documents?: DocumentStore,
  ) {}

  async verify(tenant: string, options: VerifyOptions = {}): Promise<VerificationReport> {
    checkTenant(tenant);
    const clock = options.clock ?? (() => new Date());
    const startedAt = clock().toISOString();
    const maxProblems = options.maxProblems ?? 100;
    const until = await this.store.headPosition({ tenant });
    const total = until === 0 ? 0 : await countTenantEvents(this.store, tenant, until);
    const seals = await this.readSeals(tenant, until);

    const problems: AuditBrokenLink[] = [];
    let problemCount = 0;
    let firstBroken: AuditBrokenLink | null = null;
    const report = (link: Omit<AuditBrokenLink, 'message'>) => {
      const full = { ...link, message: describeLink(link) };
      problemCount += 1;
      if (problems.length < maxProblems) problems.push(full);
      if (!firstBroken || full.position < firstBroken.position) firstBroken = full;
    };

    this.checkSealChain(seals, report);
    // Seals in the order of the positions they cover; each is checked when the walk passes that position.
    const pending: PendingSeal[] = seals
      .filter((seal) => Number.isSafeInteger(seal.data?.position))
      .map((event) => ({ event, position: event.data.position }))
      .sort((a, b) => a.position - b.position);

    const lastSeal = seals[seals.length - 1];
    const lastSealPosition = Number.isSafeInteger(lastSeal?.data?.position) ? lastSeal.data.position : 0;
    let eventsAfterLastSeal = 0;
    const cursors = new Map<string, ChainCursor>();
    const heads = new StreamHeads();
    const fichiers: ReferenceFichier[] = [];
    let done = 0;
    let lastPosition = 0;
    let sealsChecked = 0;
    const checkSealsBefore = (position: number) => {
      while (pending.length > 0 && pending[0].position < position) {
        this.checkSealRoot(pending.shift() as PendingSeal, heads, report);
        sealsChecked += 1;
      }
    };

    options.onProgress?.({ done, total });
    for await (const page of readTenantLog(this.store, tenant, { until, pageSize: options.pageSize })) {
      for (const event of page) {
        checkSealsBefore(event.position);
        const at = { stream: event.stream, revision: event.revision, position: event.position, eventId: event.id };
        if (event.position <= lastPosition) {
          report({ ...at, problem: 'position_order', expected: `> ${lastPosition}`, actual: String(event.position) });
        }
        lastPosition = Math.max(lastPosition, event.position);
        if (!belongsToTenant(event, tenant)) {
          report({ ...at, problem: 'foreign_event', expected: tenant, actual: `${event.stream} / ${String(event.metadata?.tenantId)}` });
          done += 1;
          continue;
        }
        const broken = verifyChainLink(cursors.get(event.stream) ?? STREAM_START, event);
        if (broken) report({ ...broken });
        // Continue from the stored hash, so one altered event is reported once, not with every later one.
        cursors.set(event.stream, { revision: event.revision, hash: event.metadata.hash });
        heads.apply(event);
        const fichier = this.documents ? referenceFichier(event) : null;
        if (fichier) fichiers.push(fichier);
        if (event.position > lastSealPosition && !isSceauxStream(event.stream)) eventsAfterLastSeal += 1;
        done += 1;
      }
      options.onProgress?.({ done, total });
    }
    checkSealsBefore(Number.POSITIVE_INFINITY);
    const documents = this.documents ? await verifierFichiers(this.documents, tenant, fichiers) : { checked: 0, problems: [] };
    for (const { reference, problem, expected, actual } of documents.problems) {
      report({ stream: reference.stream, revision: reference.revision, position: reference.position, eventId: reference.eventId, problem, expected, actual });
    }

    return {
      tenant,
      ok: problemCount === 0,
      checkedUpTo: until,
      streamsChecked: cursors.size,
      eventsChecked: done,
      sealsChecked,
      documentsChecked: documents.checked,
      firstBroken,
      problems,
      problemCount,
      lastSeal: lastSeal?.data
        ? { numero: lastSeal.data.numero, position: lastSeal.data.position, racine: lastSeal.data.racine, poseLe: lastSeal.data.poseLe }
        : null,
      eventsAfterLastSeal,
      startedAt,
      finishedAt: clock().toISOString(),
    };
  }

  private async readSeals(tenant: string, until: number): Promise<PendingSeal['event'][]> {
    const events = await readStreamOrEmpty(this.store, sceauxStream(tenant));
    return events.filter((event) => event.position <= until) as PendingSeal['event'][];
  }

  /** Numbering, previous root and positions: what makes the seals a chain of their own. */
  private checkSealChain(seals: readonly PendingSeal['event'][], report: (link: Omit<AuditBrokenLink, 'message'>) => void): void {
    let previous: SceauPoseData | null = null;
    for (const seal of seals) {
      const at = { stream: seal.stream, revision: seal.revision, position: seal.position, eventId: seal.id };
      const data = seal.data;
      if (seal.type !== 'SceauPose' || !data || typeof data.racine !== 'string' || !Number.isSafeInteger(data.position)) {
        report({ ...at, problem: 'seal_malformed', expected: 'SceauPose with position and racine', actual: seal.type });
        continue;
      }
      if (data.numero !== seal.revision) {
        report({ ...at, problem: 'seal_chain_mismatch', expected: `numero ${seal.revision}`, actual: `numero ${data.numero}` });
      } else if (data.racinePrecedente !== (previous?.racine ?? null)) {
        report({
          ...at,
          problem: 'seal_chain_mismatch',
          expected: `racinePrecedente ${previous?.racine ?? null}`,
          actual: `racinePrecedente ${data.racinePrecedente}`,
        });
      } else if (previous && data.position < previous.position) {
        report({ ...at, problem: 'seal_chain_mismatch', expected: `position ≥ ${previous.position}`, actual: `position ${data.position}` });
      } else if (data.position >= seal.position) {
        report({ ...at, problem: 'seal_chain_mismatch', expected: `position < ${seal.position} (the seal's own)`, actual: `position ${data.position}` });
      }
      previous = data;
    }
  }

  private checkSealRoot(pending: PendingSeal, heads: StreamHeads, report: (link: Omit<AuditBrokenLink, 'message'>) => void): void {
    const { event } = pending;
    const at = { stream: event.stream, revision: event.revision, position: event.position, eventId: event.id };
    const root = heads.root();
    if (root !== event.data.racine) {
      report({ ...at, problem: 'seal_root_mismatch', expected: root, actual: event.data.racine });
    } else if (heads.streamCount !== event.data.nombreFlux || heads.eventCount !== event.data.nombreEvenements) {
      report({
        ...at,
        problem: 'seal_count_mismatch',
        expected: `${heads.streamCount} streams, ${heads.eventCount} events`,
        actual: `${event.data.nombreFlux} streams, ${event.data.nombreEvenements} events`,
      });
    }
  }
}

const PROBLEM_TEXT: Record<VerificationProblem, string> = {
  hash_mismatch: 'hash mismatch (the event was changed after it was written)',
  prev_hash_mismatch: "prev-hash mismatch (the event does not follow its stream's previous event)",
  revision_gap: 'revision gap (an event is missing or repeated)',
  position_order: 'global positions out of order',
  foreign_event: 'event of another tenant',
  seal_root_mismatch: 'seal root mismatch (the sealed history has changed)',
  seal_count_mismatch: 'seal counts mismatch',
  seal_chain_mismatch: 'seal chain broken',
  seal_malformed: 'malformed seal',
  document_altered: 'the stored file was changed (its bytes no longer hash to what the event recorded)',
  document_missing: 'the file is missing from the document store',
};

export function describeLink(link: Omit<AuditBrokenLink, 'message'>): string {
  return `${link.stream} revision ${link.revision} (position ${link.position}, event ${link.eventId}): ${PROBLEM_TEXT[link.problem]}; expected ${link.expected}, found ${link.actual}`;
}
