import { createHash } from 'node:crypto';
import type { Role } from '@cdv/eventsourcing';
import { aCommandMetadata, deciderSpec } from '@cdv/testing';
import { merkleRoot, type StreamHead } from '../merkle/merkle';
import type { PoserSceau } from './sceau.commands';
import { sceauDecider } from './sceau.decider';
import type { SceauPose } from './sceau.events';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const head = (stream: string, revision: number): StreamHead => ({ stream: `mel:${stream}`, revision, hash: sha(`${stream}@${revision}`) });
const NOW = '2024-03-01T09:00:00.000Z';

function poser(position: number, tetes: StreamHead[], role: Role = 'agent'): PoserSceau {
  return { type: 'PoserSceau', data: { position, tetes }, metadata: aCommandMetadata({ role, now: NOW }) };
}

const firstHeads = [head('dossier-1', 2), head('appel-2024', 0)];
const first: SceauPose = {
  type: 'SceauPose',
  data: {
    numero: 0,
    position: 4,
    racine: merkleRoot(firstHeads),
    racinePrecedente: null,
    positionPrecedente: null,
    nombreFlux: 2,
    nombreEvenements: 4,
    algorithme: 'cdv-merkle-v1',
    poseLe: NOW,
  },
};

describe('PoserSceau', () => {
  const spec = deciderSpec(sceauDecider);

  it('seals the heads: root, counts, seal 0 with no predecessor', () => {
    spec.given([]).when(poser(4, firstHeads)).then([first]);
  });

  it('chains a seal to the previous one (numero, previous root and position)', () => {
    const later = [head('dossier-1', 3), head('appel-2024', 0), head('dossier-2', 0)];
    spec
      .given([first])
      .when(poser(9, later))
      .then([
        {
          type: 'SceauPose',
          data: {
            numero: 1,
            position: 9,
            racine: merkleRoot(later),
            racinePrecedente: first.data.racine,
            positionPrecedente: 4,
            nombreFlux: 3,
            nombreEvenements: 6,
            algorithme: 'cdv-merkle-v1',
            poseLe: NOW,
          },
        },
      ]);
  });

  it.each<Role>(['admin', 'agent', 'system'])('lets %s seal', (role) => {
    spec
      .given([])
      .when(poser(4, firstHeads, role))
      .thenMatches([{ type: 'SceauPose' }]);
  });

  it('does nothing when nothing is new since the last seal (not an error)', () => {
    spec.given([first]).when(poser(4, firstHeads)).thenNothing();
    // Only seals were appended since: the position of the heads did not move either.
    spec
      .given([first])
      .when(poser(4, [...firstHeads].reverse()))
      .thenNothing();
  });

  it('does nothing for an empty workspace', () => {
    spec.given([]).when(poser(0, [])).thenNothing();
  });

  it('refuses a position going backwards (INVALID_TRANSITION)', () => {
    spec
      .given([first])
      .when(poser(3, [head('dossier-1', 1)]))
      .thenRefused('INVALID_TRANSITION', /backwards/, { command: 'PoserSceau' });
  });

  it.each<Role>(['auditeur', 'lecteur', 'porteur', 'instructeur'])('refuses %s (FORBIDDEN): auditors ask for a verification', (role) => {
    spec
      .given([])
      .when(poser(4, firstHeads, role))
      .thenRefused('FORBIDDEN', /may not seal/);
  });

  it('refuses other heads at the sealed position (CONFLICT): the sealed history changed', () => {
    spec
      .given([first])
      .when(poser(4, [head('dossier-1', 1), head('appel-2024', 0)]))
      .thenRefused('CONFLICT', /verification/);
  });

  it('refuses fewer events than the last seal covered (CONFLICT)', () => {
    spec
      .given([first])
      .when(poser(8, [head('dossier-1', 0), head('appel-2024', 0)]))
      .thenRefused('CONFLICT', /fewer/);
  });

  it.each<[string, StreamHead[], number]>([
    ['a stream of another tenant', [{ ...head('dossier-1', 0), stream: 'lille:dossier-1' }], 4],
    ['the seal stream itself', [{ ...head('x', 0), stream: 'mel:sceaux' }], 4],
    ['a stream twice', [head('dossier-1', 0), head('dossier-1', 1)], 4],
    ['a negative revision', [head('dossier-1', -1)], 4],
    ['a hash that is not sha256 hex', [{ ...head('dossier-1', 0), hash: 'ABC' }], 4],
  ])('refuses %s (VALIDATION_FAILED, field tetes)', (_what, tetes, position) => {
    spec.given([]).when(poser(position, tetes)).thenRefused('VALIDATION_FAILED', undefined, { field: 'tetes' });
  });

  it('refuses a position that is not a whole number (VALIDATION_FAILED, field position)', () => {
    spec.given([]).when(poser(-1, firstHeads)).thenRefused('VALIDATION_FAILED', undefined, { field: 'position' });
    spec.given([]).when(poser(1.5, firstHeads)).thenRefused('VALIDATION_FAILED', undefined, { field: 'position' });
  });
});
