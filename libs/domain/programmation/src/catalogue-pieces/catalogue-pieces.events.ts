import type { DomainEvent } from '@cdv/eventsourcing';
import type { TypePieceCatalogue } from '../pieces/piece.types';

/** The catalogue the workspace uses from now on; pieces already deposited keep the label they were given. */
export type CataloguePiecesDefini = DomainEvent<'CataloguePiecesDefini', { types: TypePieceCatalogue[]; nombreAvant: number }>;

export const CATALOGUE_PIECES_EVENT_TYPES = ['CataloguePiecesDefini'] as const;
