import { Args, Context, Parent, Query, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { AsOfArgs } from '@cdv/graphql-common';
import {
  engagementsProjection,
  engagementsQuery,
  indicateursProjection,
  partenairesProjection,
  type EngagementDocument,
  type IndicateurDocument,
  type PartenaireDocument,
} from '@cdv/projections-territoire';
import { Ctx, Permit, READERS, type RequestContext } from '@cdv/tenancy';
import { toIndicateur } from '../indicateur/indicateur.mapper';
import { Indicateur } from '../indicateur/indicateur.types';
import { toPartenaire } from '../partenaire/partenaire.mapper';
import { Partenaire } from '../partenaire/partenaire.types';
import { LecturesTerritoire, lectureDe } from '../shared/lecture';
import { toEngagement } from './engagement.mapper';
import { Engagement, EngagementResponsable, EngagementsFilter } from './engagement.types';

/** Queries of the partners' commitments; their indicators and partners are batched per request. */
@Resolver(() => Engagement)
export class EngagementResolver {
  constructor(private readonly lectures: LecturesTerritoire) {}

  @Query(() => [Engagement], { description: 'Commitments of the contract, filtered, by id.' })
  @Permit(...READERS)
  async engagements(
    @Ctx() context: RequestContext,
    @Context('req') req: object,
    @Args() at: AsOfArgs,
    @Args('filter', { type: () => EngagementsFilter, nullable: true }) filter?: EngagementsFilter | null,
  ): Promise<Engagement[]> {
    const lecture = await this.lectures.pour(req, context.tenantId, at);
    const { filter: mongoFilter, sort } = engagementsQuery({
      ...(filter?.contratId ? { contratId: filter.contratId } : {}),
      ...(filter?.partenaireId ? { partenaireId: filter.partenaireId } : {}),
      ...(filter?.noeudId ? { noeudId: filter.noeudId } : {}),
      ...(filter?.indicateurId ? { indicateurId: filter.indicateurId } : {}),
      ...(filter?.statut ? { statut: filter.statut } : {}),
      ...(filter?.texte ? { texte: filter.texte } : {}),
    });
    const documents = await lecture.readModel<EngagementDocument>(engagementsProjection.name).find(mongoFilter, { sort });
    return documents.map((document) => toEngagement(lecture, document));
  }

  @Query(() => Engagement, { nullable: true, description: 'One commitment by id; null when unknown.' })
  @Permit(...READERS)
  async engagement(@Ctx() context: RequestContext, @Context('req') req: object, @Args() at: AsOfArgs, @Args('id') id: string): Promise<Engagement | null> {
    const lecture = await this.lectures.pour(req, context.tenantId, at);
    const document = await lecture.parId<EngagementDocument>(engagementsProjection.name).load(id);
    return document ? toEngagement(lecture, document) : null;
  }

  @ResolveField(() => [Indicateur], { description: 'The indicators of the commitment.' })
  async indicateurs(@Parent() engagement: Engagement): Promise<Indicateur[]> {
    const lecture = lectureDe(engagement);
    const documents = await lecture.parId<IndicateurDocument>(indicateursProjection.name).loadMany(engagement.indicateurIds);
    return documents.filter((d): d is IndicateurDocument => !!d && !(d instanceof Error)).map((document) => toIndicateur(lecture, document));
  }

  /** Federation: another subgraph names a commitment by id (the caller must be authenticated on this subgraph too). */
  @ResolveReference()
  async resolveReference(@Parent() reference: { id: string }, @Ctx() context: RequestContext, @Context('req') req: object): Promise<Engagement | null> {
    const lecture = await this.lectures.pour(req, context.tenantId, {});
    const document = await lecture.parId<EngagementDocument>(engagementsProjection.name).load(reference.id);
    return document ? toEngagement(lecture, document) : null;
  }
}

@Resolver(() => EngagementResponsable)
export class EngagementResponsableResolver {
  @ResolveField(() => Partenaire, { nullable: true, description: 'The registered partner, when the printed label matched one.' })
  async partenaire(@Parent() responsable: EngagementResponsable): Promise<Partenaire | null> {
    if (!responsable.partenaireId) return null;
    const lecture = lectureDe(responsable);
    const document = await lecture.parId<PartenaireDocument>(partenairesProjection.name).load(responsable.partenaireId);
    return document ? toPartenaire(lecture, document) : null;
  }
}
