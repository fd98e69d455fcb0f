import { Args, Int, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { ApiError, AsOfArgs } from '@cdv/graphql-common';
import { ReadModelsService } from '@cdv/platform';
import { comiteProjection, type ComiteDocument } from '@cdv/projections-programmation';
import { Ctx, Permit, type ApiRequest, type RequestContext } from '@cdv/tenancy';
import { LECTURE, LectureDossiers, type DossierSource } from '../dossier/dossier.lecture';
import { Dossier } from '../dossier/dossier.types';
import { LECTEURS_INSTRUCTION } from '../shared/acces';
import { AccesEntites } from '../shared/acces-entites.service';
import { comiteFilter, comitesQuery } from './comite.queries';
import { Comite, DecisionDeComite, toComite, type DecisionDeComiteSource } from './comite.types';

/** The comités and their decisions: the instruction's collective record (not for porteurs nor lecteurs). */
@Resolver(() => Comite)
export class ComiteResolver {
  constructor(
    private readonly readModels: ReadModelsService,
    private readonly acces: AccesEntites,
  ) {}

  @Query(() => [Comite], { description: 'Comités des financeurs, by date; of one year when given.' })
  @Permit(...LECTEURS_INSTRUCTION)
  async comites(
    @Ctx() context: RequestContext,
    @Args() at: AsOfArgs,
    @Args('annee', { type: () => Int, nullable: true }) annee?: number | null,
  ): Promise<Comite[]> {
    const lecture = new LectureDossiers(await this.readModels.at(context.tenantId, at), null);
    const { filter, sort } = comitesQuery(annee);
    const documents = await lecture.readModels.readModel<ComiteDocument>(comiteProjection.name).find(filter, { sort });
    return documents.map((document) => toComite(document, lecture));
  }

  @Query(() => Comite, { description: 'One comité with its decisions. NOT_FOUND when unknown.' })
  @Permit(...LECTEURS_INSTRUCTION)
  async comite(@Ctx() context: RequestContext, @Args('id') id: string, @Args() at: AsOfArgs): Promise<Comite> {
    const comite = await this.charger(context, id, at);
    if (!comite) throw new ApiError('NOT_FOUND', `Comite ${id} not found`, { what: 'Comite', id });
    return comite;
  }

  /** Federation entity resolution (authenticated by AccesEntites: the guard does not run on `_entities`). */
  @ResolveReference()
  async resolveReference(reference: { id: string }, graphqlContext: { req?: ApiRequest }): Promise<Comite | null> {
    return this.charger(await this.acces.contexte(graphqlContext, LECTEURS_INSTRUCTION, 'Comite'), reference.id, {});
  }

  private async charger(context: RequestContext, id: string, at: AsOfArgs): Promise<Comite | null> {
    const lecture = new LectureDossiers(await this.readModels.at(context.tenantId, at), null);
    const document = await lecture.readModels.readModel<ComiteDocument>(comiteProjection.name).findOne(comiteFilter(id));
    return document ? toComite(document, lecture) : null;
  }
}

@Resolver(() => DecisionDeComite)
export class DecisionDeComiteResolver {
  @ResolveField(() => Dossier, { nullable: true, description: 'The dossier now (or at the query’s read point); batched per request.' })
  dossier(@Parent() decision: DecisionDeComiteSource): Promise<DossierSource | null> {
    return decision[LECTURE].dossier(decision.dossierId);
  }
}
