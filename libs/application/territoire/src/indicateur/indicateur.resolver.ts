import { Args, Context, Parent, Query, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { AsOfArgs } from '@cdv/graphql-common';
import {
  engagementsProjection,
  indicateursProjection,
  indicateursQuery,
  qpvsProjection,
  type EngagementDocument,
  type IndicateurDocument,
  type QpvDocument,
} from '@cdv/projections-territoire';
import { Ctx, Permit, READERS, type RequestContext } from '@cdv/tenancy';
import { toEngagement } from '../engagement/engagement.mapper';
import { Engagement } from '../engagement/engagement.types';
import { toQpv } from '../qpv/qpv.mapper';
import { Qpv } from '../qpv/qpv.types';
import { LecturesTerritoire, lectureDe } from '../shared/lecture';
import { toIndicateur } from './indicateur.mapper';
import { Indicateur, IndicateursFilter, IndicateurVentilation } from './indicateur.types';

/** Queries of the indicator catalogue; commitments and quartiers of values are batched per request. */
@Resolver(() => Indicateur)
export class IndicateurResolver {
  constructor(private readonly lectures: LecturesTerritoire) {}

  @Query(() => [Indicateur], { description: 'Indicators of the catalogue, filtered, by id.' })
  @Permit(...READERS)
  async indicateurs(
    @Ctx() context: RequestContext,
    @Context('req') req: object,
    @Args() at: AsOfArgs,
    @Args('filter', { type: () => IndicateursFilter, nullable: true }) filter?: IndicateursFilter | null,
  ): Promise<Indicateur[]> {
    const lecture = await this.lectures.pour(req, context.tenantId, at);
    const { filter: mongoFilter, sort } = indicateursQuery({
      ...(filter?.noeudId ? { noeudId: filter.noeudId } : {}),
      ...(filter?.engagementId ? { engagementId: filter.engagementId } : {}),
      ...(filter?.renseigne !== undefined && filter?.renseigne !== null ? { renseigne: filter.renseigne } : {}),
      ...(filter?.texte ? { texte: filter.texte } : {}),
    });
    const documents = await lecture.readModel<IndicateurDocument>(indicateursProjection.name).find(mongoFilter, { sort });
    return documents.map((document) => toIndicateur(lecture, document));
  }

  @Query(() => Indicateur, { nullable: true, description: 'One indicator by id; null when unknown.' })
  @Permit(...READERS)
  async indicateur(@Ctx() context: RequestContext, @Context('req') req: object, @Args() at: AsOfArgs, @Args('id') id: string): Promise<Indicateur | null> {
    const lecture = await this.lectures.pour(req, context.tenantId, at);
    const document = await lecture.parId<IndicateurDocument>(indicateursProjection.name).load(id);
    return document ? toIndicateur(lecture, document) : null;
  }

  @ResolveField(() => [Engagement], { description: 'The commitments that cite the indicator.' })
  async engagements(@Parent() indicateur: Indicateur): Promise<Engagement[]> {
    const lecture = lectureDe(indicateur);
    const documents = await lecture.parId<EngagementDocument>(engagementsProjection.name).loadMany(indicateur.engagementIds);
    return documents.filter((d): d is EngagementDocument => !!d && !(d instanceof Error)).map((document) => toEngagement(lecture, document));
  }

  /** Federation: another subgraph names an indicator by id (the caller must be authenticated on this subgraph too). */
  @ResolveReference()
  async resolveReference(@Parent() reference: { id: string }, @Ctx() context: RequestContext, @Context('req') req: object): Promise<Indicateur | null> {
    const lecture = await this.lectures.pour(req, context.tenantId, {});
    const document = await lecture.parId<IndicateurDocument>(indicateursProjection.name).load(reference.id);
    return document ? toIndicateur(lecture, document) : null;
  }
}

@Resolver(() => IndicateurVentilation)
export class IndicateurVentilationResolver {
  @ResolveField(() => Qpv, { nullable: true, description: 'The quartier of the breakdown, whatever its generation (a 2015 QPV stays readable after 2024).' })
  async qpv(@Parent() ventilation: IndicateurVentilation): Promise<Qpv | null> {
    if (!ventilation.qpvId) return null;
    const lecture = lectureDe(ventilation);
    const document = await lecture.parId<QpvDocument>(qpvsProjection.name).load(ventilation.qpvId);
    return document ? toQpv(lecture, document) : null;
  }
}
