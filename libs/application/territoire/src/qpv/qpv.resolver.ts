import { Args, Context, Int, Parent, Query, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import type { GenerationQpv } from '@cdv/domain-territoire';
import { ApiError, AsOfArgs, pageWindow, toConnection, type Connection } from '@cdv/graphql-common';
import { predecesseursQuery, qpvsProjection, qpvsQuery, successeursQuery, type QpvDocument, type Requete } from '@cdv/projections-territoire';
import { Ctx, Permit, READERS, type RequestContext } from '@cdv/tenancy';
import { LecturesTerritoire, lectureDe } from '../shared/lecture';
import { toQpv } from './qpv.mapper';
import { Qpv, QpvConnection, QpvsFilter } from './qpv.types';

/** Queries of the priority geography; a quartier's successors and predecessors are batched per request. */
@Resolver(() => Qpv)
export class QpvResolver {
  constructor(private readonly lectures: LecturesTerritoire) {}

  @Query(() => QpvConnection, { description: 'Quartiers of the territory (all generations and categories), filtered, by generation then name.' })
  @Permit(...READERS)
  async qpvs(
    @Ctx() context: RequestContext,
    @Context('req') req: object,
    @Args() at: AsOfArgs,
    @Args('filter', { type: () => QpvsFilter, nullable: true }) filter?: QpvsFilter | null,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<Qpv>> {
    const { skip, limit } = pageWindow(first ?? undefined, after ?? undefined);
    const lecture = await this.lectures.pour(req, context.tenantId, at);
    const { filter: mongoFilter, sort } = qpvsQuery({
      ...(filter?.code ? { code: filter.code } : {}),
      ...(filter?.generation ? { generation: filter.generation as GenerationQpv } : {}),
      ...(filter?.categorie ? { categorie: filter.categorie } : {}),
      ...(filter?.commune ? { commune: filter.commune } : {}),
      ...(filter?.texte ? { texte: filter.texte } : {}),
      ...(filter?.statut?.length ? { statut: filter.statut } : {}),
    });
    const qpvs = lecture.readModel<QpvDocument>(qpvsProjection.name);
    const [documents, total] = await Promise.all([qpvs.find(mongoFilter, { sort, skip, limit }), qpvs.count(mongoFilter)]);
    return toConnection(
      documents.map((document) => toQpv(lecture, document)),
      skip,
      total,
    );
  }

  @Query(() => Qpv, {
    nullable: true,
    description: 'One quartier by id or by any code it has carried (a 2015 code resolves to its 2015 QPV); null when unknown.',
  })
  @Permit(...READERS)
  async qpv(
    @Ctx() context: RequestContext,
    @Context('req') req: object,
    @Args() at: AsOfArgs,
    @Args('id', { type: () => String, nullable: true }) id?: string | null,
    @Args('code', { type: () => String, nullable: true }) code?: string | null,
  ): Promise<Qpv | null> {
    if ((id ? 1 : 0) + (code ? 1 : 0) !== 1) throw new ApiError('VALIDATION_FAILED', 'give the id or the code of the quartier', { field: id ? 'code' : 'id' });
    const lecture = await this.lectures.pour(req, context.tenantId, at);
    const document = id
      ? await lecture.parId<QpvDocument>(qpvsProjection.name).load(id)
      : await lecture.readModel<QpvDocument>(qpvsProjection.name).findOne(qpvsQuery({ code: code as string }).filter);
    return document ? toQpv(lecture, document) : null;
  }

  @ResolveField(() => [Qpv], { description: 'Quartiers of the next geography that replace this one (whichever side recorded the link).' })
  successeurs(@Parent() qpv: Qpv): Promise<Qpv[]> {
    return this.lies(qpv, 'successeurs');
  }

  @ResolveField(() => [Qpv], { description: 'Quartiers of the earlier geography this one succeeds (whichever side recorded the link).' })
  predecesseurs(@Parent() qpv: Qpv): Promise<Qpv[]> {
    return this.lies(qpv, 'predecesseurs');
  }

  /** Federation: another subgraph names a quartier by id (the caller must be authenticated on this subgraph too). */
  @ResolveReference()
  async resolveReference(@Parent() reference: { id: string }, @Ctx() context: RequestContext, @Context('req') req: object): Promise<Qpv | null> {
    const lecture = await this.lectures.pour(req, context.tenantId, {});
    const document = await lecture.parId<QpvDocument>(qpvsProjection.name).load(reference.id);
    return document ? toQpv(lecture, document) : null;
  }

  private async lies(qpv: Qpv, sens: 'successeurs' | 'predecesseurs'): Promise<Qpv[]> {
    const lecture = lectureDe(qpv);
    const loader = lecture.lies<Qpv, QpvDocument>(
      `qpv-${sens}`,
      qpvsProjection.name,
      (key) => lienRequete(sens, key),
      (key) => key.id,
    );
    return (await loader.load(qpv)).map((document) => toQpv(lecture, document));
  }
}

/** The link shapes of the projections lib, from the links a node carries. */
function lienRequete(sens: 'successeurs' | 'predecesseurs', qpv: Qpv): Requete {
  return sens === 'successeurs'
    ? successeursQuery({ _id: qpv.id, successeurs: qpv.liensSuccesseurs })
    : predecesseursQuery({ _id: qpv.id, predecesseurs: qpv.liensPredecesseurs });
}
