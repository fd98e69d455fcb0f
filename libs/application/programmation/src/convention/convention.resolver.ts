import { Args, Int, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { ApiError, AsOfArgs } from '@cdv/graphql-common';
import { ReadModelsService } from '@cdv/platform';
import { conventionProjection, type ConventionDocument } from '@cdv/projections-programmation';
import { Ctx, Permit, type ApiRequest, type RequestContext } from '@cdv/tenancy';
import { LECTURE, LectureDossiers, type DossierSource } from '../dossier/dossier.lecture';
import { porteurVu } from '../dossier/dossier.resolver';
import { Dossier } from '../dossier/dossier.types';
import { LECTEURS_DOSSIERS } from '../shared/acces';
import { AccesEntites } from '../shared/acces-entites.service';
import { conventionFilter, conventionsQuery } from './convention.queries';
import { Convention, DossierDeConvention, toConvention, type DossierDeConventionSource } from './convention.types';

/** Conventions and CPO; a porteur sees its own only (others read as NOT_FOUND). */
@Resolver(() => Convention)
export class ConventionResolver {
  constructor(
    private readonly readModels: ReadModelsService,
    private readonly acces: AccesEntites,
  ) {}

  @Query(() => [Convention], { description: 'Conventions, filtered by year in force, porteur or dossier.' })
  @Permit(...LECTEURS_DOSSIERS)
  async conventions(
    @Ctx() context: RequestContext,
    @Args() at: AsOfArgs,
    @Args('annee', { type: () => Int, nullable: true }) annee?: number | null,
    @Args('porteur', { type: () => String, nullable: true }) porteur?: string | null,
    @Args('dossier', { type: () => String, nullable: true }) dossier?: string | null,
  ): Promise<Convention[]> {
    const lecture = await this.lecture(context, at);
    const { filter, sort } = conventionsQuery({ annee, porteurId: lecture.porteurId ?? porteur, dossierId: dossier });
    const documents = await lecture.readModels.readModel<ConventionDocument>(conventionProjection.name).find(filter, { sort });
    return documents.map((document) => toConvention(document, lecture));
  }

  @Query(() => Convention, { description: 'One convention with its dossiers and tranches. NOT_FOUND when it is not visible.' })
  @Permit(...LECTEURS_DOSSIERS)
  async convention(@Ctx() context: RequestContext, @Args('id') id: string, @Args() at: AsOfArgs): Promise<Convention> {
    const convention = await this.charger(context, id, at);
    if (!convention) throw new ApiError('NOT_FOUND', `Convention ${id} not found`, { what: 'Convention', id });
    return convention;
  }

  /** Federation entity resolution (authenticated by AccesEntites: the guard does not run on `_entities`). */
  @ResolveReference()
  async resolveReference(reference: { id: string }, graphqlContext: { req?: ApiRequest }): Promise<Convention | null> {
    return this.charger(await this.acces.contexte(graphqlContext, LECTEURS_DOSSIERS, 'Convention'), reference.id, {});
  }

  private async charger(context: RequestContext, id: string, at: AsOfArgs): Promise<Convention | null> {
    const lecture = await this.lecture(context, at);
    const document = await lecture.readModels.readModel<ConventionDocument>(conventionProjection.name).findOne(conventionFilter(id, lecture.porteurId));
    return document ? toConvention(document, lecture) : null;
  }

  private async lecture(context: RequestContext, at: AsOfArgs): Promise<LectureDossiers> {
    return new LectureDossiers(await this.readModels.at(context.tenantId, at), porteurVu(context));
  }
}

@Resolver(() => DossierDeConvention)
export class DossierDeConventionResolver {
  @ResolveField(() => Dossier, { nullable: true, description: 'The dossier (batched per request).' })
  dossier(@Parent() lien: DossierDeConventionSource): Promise<DossierSource | null> {
    return lien[LECTURE].dossier(lien.dossierId);
  }
}
