import type { DomainEvent } from '@cdv/eventsourcing';
import type { MERKLE_ALGORITHM } from '../merkle/merkle';

/** A tenant seal (docs/design.md §5): the Merkle root of every stream head of the tenant at a global position. */
export interface SceauPoseData {
  /** n of `sceau-{n}`: equals the event's revision in `{tenant}:sceaux` (0 for the first seal). */
  numero: number;
  /** Last global position covered, inclusive: the heads are those of the events at or below it. */
  position: number;
  /** Merkle root (hex) of the stream heads, seal stream excluded (libs/domain/audit/src/merkle). */
  racine: string;
  /** Root of the previous seal (null for the first one): the seals form a chain of their own. */
  racinePrecedente: string | null;
  positionPrecedente: number | null;
  /** Number of streams (leaves of the tree). */
  nombreFlux: number;
  /** Number of events covered: the sum over the heads of revision + 1. */
  nombreEvenements: number;
  algorithme: typeof MERKLE_ALGORITHM;
  /** When the seal was decided (server clock). */
  poseLe: string;
}

export type SceauPose = DomainEvent<'SceauPose', SceauPoseData>;

export type SceauEvent = SceauPose;

export const SCEAU_EVENT_TYPES = ['SceauPose'] as const;
