import { canonicalJson, refuse, type Refusal } from '@cdv/eventsourcing';
import { CIBLES_PIECE } from '../pieces/piece.types';
import { checkText, firstRefusal, refuseReadOnly } from '../shared/validation';
import type { DefinirCataloguePieces } from './catalogue-pieces.commands';
import type { CataloguePiecesDefini } from './catalogue-pieces.events';
import type { CataloguePiecesState } from './catalogue-pieces.state';
import { exigerMotif } from '@cdv/shared-kernel';

const ID = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
const MAX_TYPES = 100;

/** Workspace configuration: admins only (and `system` for seeds). */
export function decideCataloguePieces(command: DefinirCataloguePieces, state: CataloguePiecesState): CataloguePiecesDefini[] | Refusal {
  const { actor } = command.metadata;
  const denied = refuseReadOnly(actor);
  if (denied) return denied;
  if (actor.role !== 'admin' && actor.role !== 'system') {
    return refuse.forbidden('the catalogue of pieces is workspace configuration: reserved to admins', { role: actor.role, command: command.type });
  }
  const { types } = command.data;
  const invalid = checkTypes(types);
  if (invalid) return invalid;
  if (canonicalJson(types) === canonicalJson(state.types)) return [];
  if (state.version > 0) {
    const reason = exigerMotif(command.metadata, 'the catalogue in use changes');
    if (reason) return reason;
  }
  return [{ type: 'CataloguePiecesDefini', data: { types, nombreAvant: state.types.length } }];
}

function checkTypes(types: DefinirCataloguePieces['data']['types']): Refusal | null {
  if (!Array.isArray(types) || types.length === 0) return refuse.validation('types', 'the catalogue names at least one kind of piece');
  if (types.length > MAX_TYPES) return refuse.validation('types', `at most ${MAX_TYPES} kinds of piece`, { value: types.length });
  const ids = new Set<string>();
  for (const [index, type] of types.entries()) {
    const field = `types[${index}]`;
    const refusal = firstRefusal(
      () =>
        typeof type.id === 'string' && ID.test(type.id)
          ? null
          : refuse.validation(`${field}.id`, 'an id of lower-case letters, digits and dashes', { value: type.id }),
      () => (ids.has(type.id) ? refuse.validation(`${field}.id`, `${type.id} is given twice`) : null),
      () => checkText(`${field}.libelle`, type.libelle, { max: 200 }),
      () =>
        Array.isArray(type.cibles) &&
        type.cibles.length > 0 &&
        type.cibles.every((cible) => CIBLES_PIECE.includes(cible)) &&
        new Set(type.cibles).size === type.cibles.length
          ? null
          : refuse.validation(`${field}.cibles`, `one or more of ${CIBLES_PIECE.join(', ')}, each once`, { value: type.cibles }),
    );
    if (refusal) return refusal;
    ids.add(type.id);
  }
  return null;
}
