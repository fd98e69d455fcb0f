import { refuse, type Refusal } from '@cdv/eventsourcing';
import type { PieceCommand } from '../pieces/piece.commands';
import { decidePiece, type DetenteurPieces } from '../pieces/piece.decide';
import type { DetenteurConvention } from '../pieces/piece.events';
import type { ConventionStreamEvent } from './convention.events';
import type { ConventionState } from './convention.state';

/** Pièces justificatives of a convention (the signed convention, its avenants): the EPCI's staff and its porteur. */
export function decidePiecesConvention(
  command: PieceCommand<DetenteurConvention>,
  state: Exclude<ConventionState, { statut: 'inexistant' }>,
): ConventionStreamEvent[] | Refusal {
  const detenteur: DetenteurPieces<DetenteurConvention> = {
    ref: { conventionId: state.conventionId },
    porteurId: state.porteurId,
    pieces: state.pieces,
    accepte: (cible) =>
      cible === 'convention' ? null : refuse.validation('cible', `a convention holds pieces of cible convention, not ${cible}`, { value: cible }),
    // A signed convention is a legal act: the porteur replaces a wrong scan, the EPCI withdraws.
    porteurPeutRetirer: () => false,
  };
  return decidePiece(command, detenteur);
}
