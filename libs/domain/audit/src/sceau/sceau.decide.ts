import { refuse, type Refusal, type Role } from '@cdv/eventsourcing';
import { MERKLE_ALGORITHM, merkleRoot, type StreamHead } from '../merkle/merkle';
import type { PoserSceau, SceauCommand } from './sceau.commands';
import type { SceauEvent, SceauPose } from './sceau.events';
import type { SceauxState } from './sceau.state';
import { isSceauxStream } from './sceau.stream';

/** Auditors never write: they ask for a verification. Sealing is an operation of the workspace's operators. */
export const ROLES_QUI_SCELLENT: readonly Role[] = ['admin', 'agent', 'system'];

const HEX_SHA256 = /^[0-9a-f]{64}$/;

export function decideSceau(command: SceauCommand, state: SceauxState): SceauEvent[] | Refusal {
  switch (command.type) {
    case 'PoserSceau':
      return poserSceau(command, state);
    default:
      return refuse.validation('type', `unknown command ${(command as { type: string }).type}`);
  }
}

function poserSceau(command: PoserSceau, state: SceauxState): SceauPose[] | Refusal {
  const { actor, tenantId, now } = command.metadata;
  if (!ROLES_QUI_SCELLENT.includes(actor.role)) {
    return refuse.forbidden(`role ${actor.role} may not seal the workspace (admin, agent or system); an auditeur asks for a verification instead`, {
      role: actor.role,
    });
  }
  const { position, tetes } = command.data;
  if (!Number.isSafeInteger(position) || position < 0) return refuse.validation('position', 'position must be a whole number ≥ 0');
  const invalid = invalidHead(tetes, tenantId);
  if (invalid) return invalid;

  const racine = merkleRoot(tetes);
  const nombreEvenements = tetes.reduce((sum, head) => sum + head.revision + 1, 0);
  const dernier = state.dernier;
  if (!dernier) {
    if (tetes.length === 0) return []; // an empty workspace has nothing to seal
  } else {
    if (position < dernier.position) {
      return refuse.invalidTransition(
        `scelle jusqu'a la position ${dernier.position}`,
        'PoserSceau',
        `seal ${dernier.numero} covers position ${dernier.position}; a seal at position ${position} would go backwards`,
      );
    }
    if (racine === dernier.racine) return []; // nothing new since the last seal
    if (position === dernier.position) {
      return refuse.conflict(
        `the heads at position ${position} differ from those of seal ${dernier.numero}: the sealed history has changed, run a verification`,
        {
          position,
          racine,
          racineScellee: dernier.racine,
        },
      );
    }
    if (nombreEvenements < dernier.nombreEvenements) {
      return refuse.conflict(
        `the workspace has ${nombreEvenements} events, fewer than the ${dernier.nombreEvenements} seal ${dernier.numero} covered: run a verification`,
        {
          nombreEvenements,
          nombreScelle: dernier.nombreEvenements,
        },
      );
    }
  }
  return [
    {
      type: 'SceauPose',
      data: {
        numero: state.nombre,
        position,
        racine,
        racinePrecedente: dernier?.racine ?? null,
        positionPrecedente: dernier?.position ?? null,
        nombreFlux: tetes.length,
        nombreEvenements,
        algorithme: MERKLE_ALGORITHM,
        poseLe: now,
      },
    },
  ];
}

function invalidHead(tetes: readonly StreamHead[], tenantId: string): Refusal | null {
  if (!Array.isArray(tetes)) return refuse.validation('tetes', 'tetes must be a list of stream heads');
  const seen = new Set<string>();
  for (const head of tetes) {
    const where = { stream: head?.stream };
    if (typeof head?.stream !== 'string' || !head.stream.startsWith(`${tenantId}:`)) {
      return refuse.validation('tetes', `stream ${String(head?.stream)} is not a stream of workspace ${tenantId}`, where);
    }
    if (isSceauxStream(head.stream)) return refuse.validation('tetes', 'the seal stream does not seal itself', where);
    if (seen.has(head.stream)) return refuse.validation('tetes', `stream ${head.stream} appears twice`, where);
    seen.add(head.stream);
    if (!Number.isSafeInteger(head.revision) || head.revision < 0)
      return refuse.validation('tetes', `stream ${head.stream}: revision must be a whole number ≥ 0`, where);
    if (typeof head.hash !== 'string' || !HEX_SHA256.test(head.hash))
      return refuse.validation('tetes', `stream ${head.stream}: hash must be a sha256 in lower-case hex`, where);
  }
  return null;
}
