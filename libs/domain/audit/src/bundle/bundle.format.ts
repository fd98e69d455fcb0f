import type { RecordedEvent } from '@cdv/eventsourcing';
import { FICHIER_EVENT_TYPES, type FichierPiece } from '@cdv/domain-programmation';
import { MERKLE_ALGORITHM, type MerkleProof } from '../merkle/merkle';
import type { SceauPose } from '../sceau/sceau.events';

/*
 * The format of an evidence bundle (docs/design.md §5, docs/audit/evidence-bundle.md): a tenant's, a year's or a
 * dossier's events as JSON lines, with the seals that cover them, that an auditor verifies offline
 * (verify-bundle.ts, no platform needed). The export is libs/application/audit/src/services/evidence-export.ts.
 *
 *   line 1        {"kind":"header", format, version, tenant, scope, generatedAt, position, counts, streams, seals, algorithm}
 *   lines 2…      {"kind":"event","event":<envelope as stored>}   ascending global position
 *   then          {"kind":"seal","event":<SceauPose envelope>,"proofs":[…]}   ascending seal revision
 *   then          {"kind":"document","sha256",…}   version 2: each file the exported events record
 */

export const EVIDENCE_FORMAT = 'cdv-evidence-bundle';
/** 2 adds the document lines (pièces justificatives); the verifier reads 1 and 2. */
export const EVIDENCE_VERSION = 2;
export const VERSIONS_LUES: readonly number[] = [1, 2];

export type EvidenceScope = { kind: 'tenant' } | { kind: 'dossier'; dossierId: string } | { kind: 'year'; year: number };

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

/**
 * Which exported streams need a proof at a seal: those with a head at its position whose head changed since
 * the previous seal, and all of them at the last seal. Exporter and verifier apply the same rule, so a proof
 * left out of a bundle is noticed.
 */
export function proofRequired(head: number | undefined, previousHead: number | undefined, isLastSeal: boolean): boolean {
  return head !== undefined && (isLastSeal || head !== previousHead);
}

export interface BundleDocumentReference {
  stream: string;
  revision: number;
  eventId: string;
}

export interface BundleDocumentLine {
  kind: 'document';
  sha256: string;
  taille: number;
  typeMedia: string;
  /** The name of the file when it was first recorded (metadata only). */
  nom: string;
  /** Every exported event that records this file (PieceDeposee, PieceRemplacee). */
  references: BundleDocumentReference[];
  /** The file's name in the bundle's files folder (its hash), or null when the export did not include it. */
  fichier: string | null;
}

/** An event that records a file (PieceDeposee, PieceRemplacee): the hash the stored bytes must have. */
export interface ReferenceFichier {
  stream: string;
  revision: number;
  position: number;
  eventId: string;
  pieceId: string;
  fichier: FichierPiece;
}

export function referenceFichier(event: RecordedEvent): ReferenceFichier | null {
  if (!FICHIER_EVENT_TYPES.includes(event.type)) return null;
  const data = event.data as { pieceId?: unknown; fichier?: Partial<FichierPiece> };
  if (typeof data.pieceId !== 'string' || typeof data.fichier?.sha256 !== 'string') return null;
  return {
    stream: event.stream,
    revision: event.revision,
    position: event.position,
    eventId: event.id,
    pieceId: data.pieceId,
    fichier: data.fichier as FichierPiece,
  };
}
