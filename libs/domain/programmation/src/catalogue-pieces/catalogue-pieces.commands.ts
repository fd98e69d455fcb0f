import type { Command } from '@cdv/eventsourcing';
import type { TypePieceCatalogue } from '../pieces/piece.types';

/** Sets the whole catalogue of the workspace's kinds of pieces (admins); replacing a defined catalogue needs a reason. */
export type DefinirCataloguePieces = Command<'DefinirCataloguePieces', { types: TypePieceCatalogue[] }>;
