import { canonicalJson, refuse, type Refusal } from '@cdv/eventsourcing';
import { ETAPES_PIECE_REQUISE, type PieceRequise } from '../pieces/piece.types';
import { PORTEUR_KINDS, type PorteurKind } from '../shared/references';
import { checkTag, firstRefusal } from '../shared/validation';
import type { DefinirPiecesRequises } from './appel.commands';
import type { AppelEvent } from './appel.events';
import type { AppelState } from './appel.state';
import { exigerMotif } from '@cdv/shared-kernel';

const MAX_PIECES = 100;

/**
 * The pieces a deposit and a bilan need, per porteur kind (docs/adr/0022-pieces-justificatives.md). Changing a
 * list already published is a change after the fact: it needs a reason. A closed year takes no new rule.
 */
export function definirPiecesRequises(command: DefinirPiecesRequises, state: Exclude<AppelState, { statut: 'inexistant' }>): AppelEvent[] | Refusal {
  if (state.statut === 'exercice_clos') return refuse.invalidTransition(state.statut, command.type, `the year ${state.annee} is closed`);
  const { pieces } = command.data;
  const invalid = checkPiecesRequises(pieces);
  if (invalid) return invalid;
  if (canonicalJson(pieces) === canonicalJson(state.piecesRequises)) return [];
  if (state.piecesRequises.length > 0) {
    const reason = exigerMotif(command.metadata, 'the pieces asked by a published appel change');
    if (reason) return reason;
  }
  return [{ type: 'PiecesRequisesDefinies', data: { annee: state.annee, pieces, precedentes: state.piecesRequises } }];
}

function checkPiecesRequises(pieces: readonly PieceRequise[]): Refusal | null {
  if (!Array.isArray(pieces)) return refuse.validation('pieces', 'pieces must be a list (possibly empty)');
  if (pieces.length > MAX_PIECES) return refuse.validation('pieces', `at most ${MAX_PIECES} required pieces`, { value: pieces.length });
  const seen = new Set<string>();
  for (const [index, piece] of pieces.entries()) {
    const field = `pieces[${index}]`;
    const refusal = firstRefusal(
      () => checkTag(`${field}.type`, piece.type) ?? (piece.type ? null : refuse.validation(`${field}.type`, 'the kind of piece is required')),
      () =>
        ETAPES_PIECE_REQUISE.includes(piece.etape)
          ? null
          : refuse.validation(`${field}.etape`, `etape must be one of ${ETAPES_PIECE_REQUISE.join(', ')}`, { value: piece.etape }),
      () =>
        Array.isArray(piece.porteurKinds) && piece.porteurKinds.every((kind: PorteurKind) => PORTEUR_KINDS.includes(kind))
          ? null
          : refuse.validation(`${field}.porteurKinds`, 'a list of porteur kinds (empty: every kind)', { value: piece.porteurKinds }),
      () =>
        seen.has(`${piece.type.id}:${piece.etape}`)
          ? refuse.validation(`${field}.type`, `${piece.type.libelle} is asked twice at the ${piece.etape} stage`)
          : null,
    );
    if (refusal) return refusal;
    seen.add(`${piece.type.id}:${piece.etape}`);
  }
  return null;
}
