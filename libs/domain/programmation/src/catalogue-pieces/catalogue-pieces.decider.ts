import type { Decider } from '@cdv/eventsourcing';
import type { DefinirCataloguePieces } from './catalogue-pieces.commands';
import { decideCataloguePieces } from './catalogue-pieces.decide';
import type { CataloguePiecesDefini } from './catalogue-pieces.events';
import { evolveCataloguePieces, initialCataloguePiecesState, type CataloguePiecesState } from './catalogue-pieces.state';

export const cataloguePiecesDecider: Decider<DefinirCataloguePieces, CataloguePiecesDefini, CataloguePiecesState> = {
  decide: decideCataloguePieces,
  evolve: evolveCataloguePieces,
  initialState: initialCataloguePiecesState,
};
