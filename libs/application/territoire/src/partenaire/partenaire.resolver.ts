import { Args, Context, Int, Parent, Query, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { AsOfArgs, pageWindow, toConnection, type Connection } from '@cdv/graphql-common';
import {
  engagementsProjection,
  engagementsQuery,
  partenairesProjection,
  partenairesQuery,
  type EngagementDocument,
  type PartenaireDocument,
} from '@cdv/projections-territoire';
import { Ctx, Permit, READERS, type RequestContext } from '@cdv/tenancy';
import { Engagement } from '../engagement/engagement.types';
import { toEngagement } from '../engagement/engagement.mapper';
import { LecturesTerritoire, lectureDe } from '../shared/lecture';
import { toPartenaire } from './partenaire.mapper';
import { Partenaire, PartenaireConnection, PartenairesFilter } from './partenaire.types';

/** Queries of the partners; related partners and commitments are batched per request. */
@Resolver(() => Partenaire)
export class PartenaireResolver {
  constructor(private readonly lectures: LecturesTerritoire) {}

  @Query(() => PartenaireConnection, {
    description: 'Organisations of the territory, by name; search matches a name or alias (accents and case ignored), a SIRET, SIREN or RNA.',
  })
  @Permit(...READERS)
  async partenaires(
    @Ctx() context: RequestContext,
    @Context('req') req: object,
    @Args() at: AsOfArgs,
    @Args('search', { type: () => String, nullable: true }) search?: string | null,
    @Args('filter', { type: () => PartenairesFilter, nullable: true }) filter?: PartenairesFilter | null,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<Partenaire>> {
    const { skip, limit } = pageWindow(first ?? undefined, after ?? undefined);
    const lecture = await this.lectures.pour(req, context.tenantId, at);
    const { filter: mongoFilter, sort } = partenairesQuery({
      ...(search ? { texte: search } : {}),
      ...(filter?.nature ? { nature: filter.nature } : {}),
      ...(filter?.role ? { role: filter.role } : {}),
      ...(filter?.categorieFinanceur ? { categorieFinanceur: filter.categorieFinanceur } : {}),
      ...(filter?.associationPorteuseId ? { associationPorteuseId: filter.associationPorteuseId } : {}),
    });
    const partenaires = lecture.readModel<PartenaireDocument>(partenairesProjection.name);
    const [documents, total] = await Promise.all([partenaires.find(mongoFilter, { sort, skip, limit }), partenaires.count(mongoFilter)]);
    return toConnection(
      documents.map((document) => toPartenaire(lecture, document)),
      skip,
      total,
    );
  }

  @Query(() => Partenaire, { nullable: true, description: 'One organisation by id; null when unknown.' })
  @Permit(...READERS)
  async partenaire(@Ctx() context: RequestContext, @Context('req') req: object, @Args() at: AsOfArgs, @Args('id') id: string): Promise<Partenaire | null> {
    const lecture = await this.lectures.pour(req, context.tenantId, at);
    const document = await lecture.parId<PartenaireDocument>(partenairesProjection.name).load(id);
    return document ? toPartenaire(lecture, document) : null;
  }

  @ResolveField(() => Partenaire, { nullable: true, description: 'For a conseil citoyen: the association that carries it.' })
  async associationPorteuse(@Parent() partenaire: Partenaire): Promise<Partenaire | null> {
    if (!partenaire.associationPorteuseId) return null;
    const lecture = lectureDe(partenaire);
    const document = await lecture.parId<PartenaireDocument>(partenairesProjection.name).load(partenaire.associationPorteuseId);
    return document ? toPartenaire(lecture, document) : null;
  }

  @ResolveField(() => [Partenaire], { description: 'For an association: the conseils citoyens it carries.' })
  async conseilsPortes(@Parent() partenaire: Partenaire): Promise<Partenaire[]> {
    const lecture = lectureDe(partenaire);
    const loader = lecture.lies<string, PartenaireDocument>(
      'conseils-portes',
      partenairesProjection.name,
      (id) => partenairesQuery({ associationPorteuseId: id }),
      (id) => id,
    );
    return (await loader.load(partenaire.id)).map((document) => toPartenaire(lecture, document));
  }

  @ResolveField(() => [Engagement], { description: 'Commitments the organisation is responsible for.' })
  async engagements(@Parent() partenaire: Partenaire): Promise<Engagement[]> {
    const lecture = lectureDe(partenaire);
    const loader = lecture.lies<string, EngagementDocument>(
      'engagements-du-partenaire',
      engagementsProjection.name,
      (id) => engagementsQuery({ partenaireId: id }),
      (id) => id,
    );
    return (await loader.load(partenaire.id)).map((document) => toEngagement(lecture, document));
  }

  /** Federation: another subgraph names a partner by id (the caller must be authenticated on this subgraph too). */
  @ResolveReference()
  async resolveReference(@Parent() reference: { id: string }, @Ctx() context: RequestContext, @Context('req') req: object): Promise<Partenaire | null> {
    const lecture = await this.lectures.pour(req, context.tenantId, {});
    const document = await lecture.parId<PartenaireDocument>(partenairesProjection.name).load(reference.id);
    return document ? toPartenaire(lecture, document) : null;
  }
}
