import { createHash } from 'node:crypto';
import { canonicalJson } from '@cdv/eventsourcing';

/**
 * The Merkle tree of a seal (docs/audit/evidence-bundle.md, ADR 0005). It is the Merkle Tree Hash of
 * RFC 6962 / RFC 9162 §2.1, chosen because auditors can check it against a published standard:
 *
 * - leaf hash  = sha256(0x00 ‖ UTF-8 bytes of the leaf text)
 * - node hash  = sha256(0x01 ‖ left digest (32 bytes) ‖ right digest (32 bytes))
 * - the 0x00 / 0x01 prefixes keep a leaf from ever passing for an inner node (second-preimage attacks);
 * - odd levels: the last node, having no right sibling, is carried up unchanged (never duplicated, which
 *   would let two different leaf lists share a root, as in Bitcoin's CVE-2012-2459). Built level by level this
 *   gives exactly RFC 6962's recursive split at the largest power of two below n;
 * - the root of an empty tree is sha256 of the empty string.
 *
 * A stream head leaf is the canonical JSON of `{hash, revision, stream}`; leaves are sorted by stream name in
 * byte order (stream names are ASCII).
 */
export interface StreamHead {
  stream: string;
  /** Revision of the stream's last event at the sealed position. */
  revision: number;
  /** That event's `metadata.hash`. */
  hash: string;
}

export type Hex = string;

export const MERKLE_ALGORITHM = 'cdv-merkle-v1';

const LEAF_PREFIX = Buffer.from([0x00]);
const NODE_PREFIX = Buffer.from([0x01]);

export function streamHeadLeafText(head: StreamHead): string {
  return canonicalJson({ stream: head.stream, revision: head.revision, hash: head.hash });
}

export function leafHash(text: string): Hex {
  return createHash('sha256').update(LEAF_PREFIX).update(text, 'utf8').digest('hex');
}

export function nodeHash(left: Hex, right: Hex): Hex {
  return createHash('sha256').update(NODE_PREFIX).update(Buffer.from(left, 'hex')).update(Buffer.from(right, 'hex')).digest('hex');
}

export const EMPTY_MERKLE_ROOT: Hex = createHash('sha256').update('').digest('hex');

/** Byte-order comparison (not localeCompare: the order must not depend on the machine's locale). */
export function compareStreams(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts the heads by stream name and refuses duplicates (one leaf per stream). */
export function sortHeads(heads: readonly StreamHead[]): StreamHead[] {
  const sorted = [...heads].sort((a, b) => compareStreams(a.stream, b.stream));
  for (let index = 1; index < sorted.length; index++) {
    if (sorted[index].stream === sorted[index - 1].stream) throw new Error(`merkle: stream ${sorted[index].stream} appears twice`);
  }
  return sorted;
}

/** Root over leaf digests given in order. */
export function merkleRootOfLeaves(leaves: readonly Hex[]): Hex {
  if (leaves.length === 0) return EMPTY_MERKLE_ROOT;
  let level = [...leaves];
  while (level.length > 1) level = nextLevel(level);
  return level[0];
}

/** Root of a seal: the heads are sorted here, so callers may pass them in any order. */
export function merkleRoot(heads: readonly StreamHead[]): Hex {
  return merkleRootOfLeaves(sortHeads(heads).map((head) => leafHash(streamHeadLeafText(head))));
}

export interface MerkleSibling {
  /** Where the sibling sits: `left` means node = H(sibling, current), `right` means node = H(current, sibling). */
  side: 'left' | 'right';
  hash: Hex;
}

/** Proves that one stream head is a leaf of a seal's tree. */
export interface MerkleProof {
  leaf: StreamHead;
  /** 0-based index of the leaf among the sorted heads. */
  leafIndex: number;
  /** Number of leaves (the seal's `nombreFlux`). */
  treeSize: number;
  /** From the leaf's level up to just below the root; levels where the node had no sibling add no step. */
  siblings: MerkleSibling[];
}

/** Inclusion proofs for some of the heads (by stream name), all from one tree build. */
export function merkleProofs(heads: readonly StreamHead[], streams: readonly string[]): Map<string, MerkleProof> {
  const sorted = sortHeads(heads);
  const wanted = new Map<number, MerkleProof>();
  const index = new Map(sorted.map((head, position) => [head.stream, position]));
  for (const stream of streams) {
    const leafIndex = index.get(stream);
    if (leafIndex === undefined) continue;
    wanted.set(leafIndex, { leaf: sorted[leafIndex], leafIndex, treeSize: sorted.length, siblings: [] });
  }
  // Walk up the tree once, following each wanted leaf's ancestor index.
  const cursors = new Map([...wanted.keys()].map((leafIndex) => [leafIndex, leafIndex]));
  let level = sorted.map((head) => leafHash(streamHeadLeafText(head)));
  while (level.length > 1) {
    for (const [leafIndex, at] of cursors) {
      const proof = wanted.get(leafIndex) as MerkleProof;
      const sibling = at % 2 === 0 ? at + 1 : at - 1;
      if (sibling < level.length) proof.siblings.push({ side: at % 2 === 0 ? 'right' : 'left', hash: level[sibling] });
      cursors.set(leafIndex, Math.floor(at / 2));
    }
    level = nextLevel(level);
  }
  return new Map([...wanted.values()].map((proof) => [proof.leaf.stream, proof]));
}

export function merkleProof(heads: readonly StreamHead[], stream: string): MerkleProof | null {
  return merkleProofs(heads, [stream]).get(stream) ?? null;
}

/** The root a proof leads to; compare it with the seal's `racine`. */
export function rootFromProof(proof: Pick<MerkleProof, 'leaf' | 'siblings'>): Hex {
  return proof.siblings.reduce(
    (current, sibling) => (sibling.side === 'left' ? nodeHash(sibling.hash, current) : nodeHash(current, sibling.hash)),
    leafHash(streamHeadLeafText(proof.leaf)),
  );
}

/**
 * Checks a proof against a root. The sides must also agree with `leafIndex` and `treeSize`: otherwise a proof
 * could claim a position in the tree the leaf does not have.
 */
export function verifyMerkleProof(proof: MerkleProof, root: Hex): boolean {
  if (!Number.isInteger(proof.leafIndex) || !Number.isInteger(proof.treeSize) || proof.leafIndex < 0 || proof.leafIndex >= proof.treeSize) return false;
  const expectedSides = proofSides(proof.leafIndex, proof.treeSize);
  if (expectedSides.length !== proof.siblings.length) return false;
  if (expectedSides.some((side, index) => proof.siblings[index].side !== side)) return false;
  if (proof.siblings.some((sibling) => !/^[0-9a-f]{64}$/.test(sibling.hash))) return false;
  return rootFromProof(proof) === root;
}

/** The sibling sides the path of leaf `index` in a tree of `size` leaves has, from the bottom. */
export function proofSides(index: number, size: number): Array<'left' | 'right'> {
  const sides: Array<'left' | 'right'> = [];
  let at = index;
  let width = size;
  while (width > 1) {
    const sibling = at % 2 === 0 ? at + 1 : at - 1;
    if (sibling < width) sides.push(at % 2 === 0 ? 'right' : 'left');
    at = Math.floor(at / 2);
    width = Math.ceil(width / 2);
  }
  return sides;
}

function nextLevel(level: readonly Hex[]): Hex[] {
  const next: Hex[] = [];
  for (let index = 0; index < level.length; index += 2) {
    next.push(index + 1 < level.length ? nodeHash(level[index], level[index + 1]) : level[index]);
  }
  return next;
}
