import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { Query as Critere } from 'mingo';
import type { ReadDocument } from '@cdv/eventsourcing';
import type { AsOfArgs } from '@cdv/graphql-common';
import { ReadModelsService } from '@cdv/platform';
import type { Requete } from '@cdv/projections-territoire';

export type ReadModels = Awaited<ReturnType<ReadModelsService['at']>>;

/** Where a node was read from: nested fields load from the same point in time as their root field. */
const LECTURE = Symbol('lecture');

/**
 * The read models a root field reads (now or as of a past point) and the DataLoaders of the nested fields that
 * would otherwise query once per item. One per request and read point.
 */
export class Lecture {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  constructor(
    readonly tenantId: string,
    readonly readModels: ReadModels,
  ) {}

  readModel<D extends ReadDocument>(projection: string) {
    return this.readModels.readModel<D>(projection);
  }

  /** Documents of a read model by `_id`, batched into one `$in` per tick. */
  parId<D extends ReadDocument>(projection: string): DataLoader<string, D | null> {
    return this.loader(
      `id:${projection}`,
      () =>
        new DataLoader<string, D | null>(async (ids) => {
          const documents = await this.readModel<D>(projection).find({ _id: { $in: [...ids] } });
          const byId = new Map(documents.map((document) => [document._id, document]));
          return ids.map((id) => byId.get(id) ?? null);
        }),
    );
  }

  /**
   * Documents related to each key by a query shape of the projections lib: the shapes of a batch are sent as one
   * `$or`, and each result goes back to the keys whose own shape it matches (evaluated by mingo, the query
   * language of the read stores), so nothing is re-implemented here.
   */
  lies<K, D extends ReadDocument>(name: string, projection: string, requete: (key: K) => Requete, cle: (key: K) => string): DataLoader<K, D[], string> {
    return this.loader(
      `lies:${name}`,
      () =>
        new DataLoader<K, D[], string>(
          async (keys) => {
            const requetes = keys.map(requete);
            const documents = await this.readModel<D>(projection).find(
              { $or: requetes.map((r) => r.filter) },
              requetes[0].sort ? { sort: requetes[0].sort } : {},
            );
            return requetes.map((r) => {
              const critere = new Critere(r.filter);
              return documents.filter((document) => critere.test(document as unknown as Record<string, unknown>));
            });
          },
          { cacheKeyFn: cle },
        ),
    );
  }

  /** Marks a node as read here, for its field resolvers. */
  attacher<T extends object>(node: T): T {
    Object.defineProperty(node, LECTURE, { value: this, enumerable: false });
    return node;
  }

  private loader<L>(key: string, create: () => L): L {
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = create() as DataLoader<unknown, unknown>;
      this.loaders.set(key, loader);
    }
    return loader as L;
  }
}

/** The Lecture a node was read in (set by its root field). */
export function lectureDe(node: object): Lecture {
  const lecture = (node as { [LECTURE]?: Lecture })[LECTURE];
  if (!lecture) throw new Error('this node was not read through a Lecture');
  return lecture;
}

/** Gives each request one Lecture per read point, so loaders batch and cache across the fields of an answer. */
@Injectable()
export class LecturesTerritoire {
  private readonly parRequete = new WeakMap<object, Map<string, Promise<Lecture>>>();

  constructor(private readonly readModels: ReadModelsService) {}

  pour(requete: object | undefined, tenantId: string, at: AsOfArgs): Promise<Lecture> {
    const create = async () => new Lecture(tenantId, await this.readModels.at(tenantId, at));
    if (!requete) return create();
    let lectures = this.parRequete.get(requete);
    if (!lectures) {
      lectures = new Map();
      this.parRequete.set(requete, lectures);
    }
    const key = `${tenantId}|${at.asOf ?? ''}|${at.asOfPosition ?? ''}`;
    let lecture = lectures.get(key);
    if (!lecture) {
      lecture = create();
      lectures.set(key, lecture);
    }
    return lecture;
  }
}
