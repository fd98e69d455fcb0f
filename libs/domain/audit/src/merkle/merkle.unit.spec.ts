import { createHash } from 'node:crypto';
import {
  EMPTY_MERKLE_ROOT,
  leafHash,
  merkleProof,
  merkleProofs,
  merkleRoot,
  merkleRootOfLeaves,
  nodeHash,
  proofSides,
  rootFromProof,
  streamHeadLeafText,
  verifyMerkleProof,
  type StreamHead,
} from './merkle';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
/** The heads of the vectors in docs/audit/evidence-bundle.md, computed there with Python's hashlib. */
const heads: StreamHead[] = Array.from({ length: 7 }, (_, index) => ({ stream: `mel:dossier-${index}`, revision: index, hash: sha(String(index)) }));

/** RFC 6962 §2.1 as written: split at the largest power of two below n. */
function rfc6962(leaves: string[]): string {
  if (leaves.length === 0) return sha('');
  if (leaves.length === 1) return leaves[0];
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return nodeHash(rfc6962(leaves.slice(0, k)), rfc6962(leaves.slice(k)));
}

describe('Merkle tree of a seal', () => {
  it('writes a leaf as canonical JSON of {hash, revision, stream}', () => {
    expect(streamHeadLeafText(heads[0])).toBe(
      '{"hash":"5feceb66ffc86f38d952786c6d696c79c2dbc239dd4e91b46729d73a27fb57e9","revision":0,"stream":"mel:dossier-0"}',
    );
    expect(leafHash(streamHeadLeafText(heads[0]))).toBe('d7ad8102dcebad18b0b4771d40af2d6384cce80001c0b6174a6cf134a858486a');
  });

  it.each([
    [1, 'd7ad8102dcebad18b0b4771d40af2d6384cce80001c0b6174a6cf134a858486a'],
    [2, '219e96d718e9b1ee21e8170279493bc7466f656f1af996d7fdddfee99aaf35c1'],
    [3, '44fad5c245e78a988bdde45c10f063aa5de52b0d4f15409bb85ceb11100f9f80'],
    [5, '93794b05d121ad157f946cf14efb77c76f17dec5c016fa29ce3dfb08a7259928'],
    [7, '47d26324084e6ffab45a4f120a50dd419ce33bd3c127c050557b39d16a3aed9c'],
  ])('gives the known root for %i heads (vectors from an independent Python implementation)', (count, root) => {
    expect(merkleRoot(heads.slice(0, count))).toBe(root);
  });

  it('is the RFC 6962 tree hash for every size up to 33 (odd nodes carried up, never duplicated)', () => {
    for (let size = 0; size <= 33; size++) {
      const leaves = Array.from({ length: size }, (_, index) => leafHash(`leaf ${index}`));
      expect(merkleRootOfLeaves(leaves)).toBe(rfc6962(leaves));
    }
    expect(merkleRootOfLeaves([])).toBe(EMPTY_MERKLE_ROOT);
    // Duplicating the last leaf would give the same root as [a, b, c, c]: we do not.
    const [a, b, c] = ['a', 'b', 'c'].map(leafHash);
    expect(merkleRootOfLeaves([a, b, c])).not.toBe(merkleRootOfLeaves([a, b, c, c]));
  });

  it('sorts heads by stream name, so the caller order does not matter, and refuses a stream twice', () => {
    expect(merkleRoot([...heads].reverse())).toBe(merkleRoot(heads));
    expect(() => merkleRoot([heads[0], heads[0]])).toThrow(/twice/);
  });

  it('changes with any head: another hash, another revision, another stream name', () => {
    const root = merkleRoot(heads);
    expect(merkleRoot([{ ...heads[0], hash: sha('x') }, ...heads.slice(1)])).not.toBe(root);
    expect(merkleRoot([{ ...heads[0], revision: 9 }, ...heads.slice(1)])).not.toBe(root);
    expect(merkleRoot(heads.slice(1))).not.toBe(root);
  });

  it('proves every leaf of trees of 1 to 17 leaves', () => {
    for (let size = 1; size <= 17; size++) {
      const some = Array.from({ length: size }, (_, index) => ({ stream: `t:s-${String(index).padStart(2, '0')}`, revision: index, hash: sha(`h${index}`) }));
      const root = merkleRoot(some);
      const proofs = merkleProofs(
        some,
        some.map((head) => head.stream),
      );
      expect(proofs.size).toBe(size);
      for (const proof of proofs.values()) {
        expect(proof.treeSize).toBe(size);
        expect(proof.siblings.map((sibling) => sibling.side)).toEqual(proofSides(proof.leafIndex, size));
        expect(verifyMerkleProof(proof, root)).toBe(true);
      }
    }
  });

  it('rejects a tampered proof: sibling, leaf, side, index, or another root', () => {
    const root = merkleRoot(heads);
    const proof = merkleProof(heads, 'mel:dossier-4');
    if (!proof) throw new Error('no proof');
    expect(proof.leafIndex).toBe(4);
    expect(rootFromProof(proof)).toBe(root);
    const flipped = proof.siblings[0].hash.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    expect(verifyMerkleProof({ ...proof, siblings: [{ ...proof.siblings[0], hash: flipped }, ...proof.siblings.slice(1)] }, root)).toBe(false);
    expect(verifyMerkleProof({ ...proof, leaf: { ...proof.leaf, revision: 5 } }, root)).toBe(false);
    expect(verifyMerkleProof({ ...proof, siblings: proof.siblings.map((s) => ({ ...s, side: s.side === 'left' ? 'right' : 'left' })) }, root)).toBe(false);
    expect(verifyMerkleProof({ ...proof, leafIndex: 5 }, root)).toBe(false);
    expect(verifyMerkleProof(proof, merkleRoot(heads.slice(1)))).toBe(false);
    expect(merkleProof(heads, 'mel:dossier-99')).toBeNull();
  });
});
