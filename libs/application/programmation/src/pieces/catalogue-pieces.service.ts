import { Inject, Injectable } from '@nestjs/common';
import { CommandHandler, type EventStore, readStreamOrEmpty } from '@cdv/eventsourcing';
import {
  cataloguePiecesDecider,
  cataloguePiecesStream,
  evolveCataloguePieces,
  initialCataloguePiecesState,
  type CataloguePiecesDefini,
  type CataloguePiecesState,
  type CiblePiece,
  type Tag,
} from '@cdv/domain-programmation';
import { ApiError } from '@cdv/graphql-common';
import { EVENT_STORE, type ReadPoint } from '@cdv/platform';

/**
 * The workspace's catalogue of kinds of pieces: folded from `{tenant}:catalogue-pieces` (the default catalogue
 * until admins define one). Commands read it now; queries as of their read point.
 */
@Injectable()
export class CataloguePieces {
  constructor(
    private readonly handler: CommandHandler,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
  ) {}

  async maintenant(tenantId: string): Promise<CataloguePiecesState> {
    return (await this.handler.load(cataloguePiecesDecider, cataloguePiecesStream(tenantId))).state;
  }

  async au(tenantId: string, point: ReadPoint): Promise<CataloguePiecesState> {
    return (await readStreamOrEmpty(this.eventStore, cataloguePiecesStream(tenantId)))
      .filter((event) => (point.asOf ? event.metadata.recordedAt <= point.asOf : true))
      .filter((event) => (point.asOfPosition !== undefined && point.asOfPosition !== null ? event.position <= point.asOfPosition : true))
      .reduce((state, event) => evolveCataloguePieces(state, event as unknown as CataloguePiecesDefini), initialCataloguePiecesState());
  }

  /** The kind `typeId` with its label, when the catalogue has it for this cible; else VALIDATION_FAILED on `field`. */
  async typePour(tenantId: string, typeId: string, cible: CiblePiece, field: string): Promise<Tag> {
    return typeDuCatalogue(await this.maintenant(tenantId), typeId, cible, field);
  }
}

/** The kind `typeId` of this catalogue with its label, when it may justify `cible`; else VALIDATION_FAILED on `field`. */
export function typeDuCatalogue({ types }: CataloguePiecesState, typeId: string, cible: CiblePiece, field: string): Tag {
  const type = types.find((candidate) => candidate.id === typeId);
  if (!type) {
    throw new ApiError('VALIDATION_FAILED', `"${typeId}" is not a kind of piece of this workspace (query cataloguePieces)`, { field, value: typeId });
  }
  if (!type.cibles.includes(cible)) {
    throw new ApiError('VALIDATION_FAILED', `« ${type.libelle} » is not a piece of a ${cible} (it is one of ${type.cibles.join(', ')})`, {
      field,
      value: typeId,
    });
  }
  return { id: type.id, libelle: type.libelle };
}
