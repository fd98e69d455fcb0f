import type { CommandMetadata } from '@cdv/eventsourcing';
import { aCommandMetadata, deciderSpec } from '@cdv/testing';
import { BUDGET, requises, RIB, STATUTS } from '../pieces/piece.mother';
import type { PieceRequise } from '../pieces/piece.types';
import type { AppelCommand } from './appel.commands';
import { appelDecider } from './appel.decider';
import type { AppelEvent } from './appel.events';

const spec = deciderSpec(appelDecider);
const agent = (extra: Partial<CommandMetadata> = {}) => aCommandMetadata({ tenantId: 'mel', ...extra });
const ouvert: AppelEvent = {
  type: 'AppelAProjetsOuvert',
  data: { annee: 2024, titre: 'AAP 2024', ouvertureLe: '2023-11-15', clotureLe: '2024-01-31', priorites: [], enveloppes: [], comites: [] },
};
const definir = (pieces: PieceRequise[], metadata = agent(), annee = 2024): AppelCommand => ({
  type: 'DefinirPiecesRequises',
  data: { annee, pieces },
  metadata,
});
const definies = (pieces: PieceRequise[], precedentes: PieceRequise[] = []): AppelEvent => ({
  type: 'PiecesRequisesDefinies',
  data: { annee: 2024, pieces, precedentes },
});

describe('DefinirPiecesRequises', () => {
  it('names the pieces a deposit and a bilan need, per porteur kind', () => {
    spec
      .given([ouvert])
      .when(definir(requises))
      .then([definies(requises)]);
  });

  it('needs a reason to change a published list, which the event keeps; the same list again is a no-op', () => {
    const moins = requises.filter((piece) => piece.type.id !== BUDGET.id);
    spec
      .given([ouvert, definies(requises)])
      .when(definir(moins))
      .thenRefused('VALIDATION_FAILED', undefined, { field: 'reason' });
    spec
      .given([ouvert, definies(requises)])
      .when(definir(moins, agent({ reason: 'délibération du 12 décembre' })))
      .then([definies(moins, requises)]);
    spec
      .given([ouvert, definies(requises)])
      .when(definir(requises))
      .thenNothing();
  });

  it('is the EPCI’s: porteurs, instructeurs, auditors are refused (FORBIDDEN)', () => {
    for (const role of ['porteur', 'instructeur', 'auditeur', 'lecteur'] as const) {
      spec
        .given([ouvert])
        .when(definir(requises, agent({ actor: { userId: 'u', role } })))
        .thenRefused('FORBIDDEN');
    }
  });

  it('refuses an unknown appel (NOT_FOUND) and a closed year (INVALID_TRANSITION)', () => {
    spec.given([]).when(definir(requises)).thenRefused('NOT_FOUND');
    spec
      .given([
        ouvert,
        { type: 'AppelAProjetsClos', data: { annee: 2024, closLe: '2024-02-01' } },
        { type: 'ExerciceCloture', data: { annee: 2024, clotureLe: '2025-06-01' } },
      ])
      .when(definir(requises))
      .thenRefused('INVALID_TRANSITION');
  });

  it.each([
    ['pieces[0].type', [{ type: undefined, etape: 'depot', porteurKinds: [] }]],
    ['pieces[0].type.libelle', [{ type: { id: 'rib', libelle: '' }, etape: 'depot', porteurKinds: [] }]],
    ['pieces[0].etape', [{ type: RIB, etape: 'instruction', porteurKinds: [] }]],
    ['pieces[0].porteurKinds', [{ type: RIB, etape: 'depot', porteurKinds: ['club'] }]],
    [
      'pieces[1].type',
      [
        { type: STATUTS, etape: 'depot', porteurKinds: [] },
        { type: STATUTS, etape: 'depot', porteurKinds: ['association'] },
      ],
    ],
  ])('refuses bad input (VALIDATION_FAILED on %s)', (field, pieces) => {
    spec
      .given([ouvert])
      .when(definir(pieces as never))
      .thenRefused('VALIDATION_FAILED', undefined, { field });
  });
});
