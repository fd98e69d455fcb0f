import { Args, Int, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { AsOfArgs } from '@cdv/graphql-common';
import { ReadModelsService } from '@cdv/platform';
import { appelFilter, appelProjection, appelsQuery, type AppelDocument } from '@cdv/projections-programmation';
import { Ctx, Permit, type ApiRequest, type RequestContext } from '@cdv/tenancy';
import { AccesEntites } from '../shared/acces-entites.service';
import { TOUS_LECTEURS } from '../shared/acces';
import { AppelAProjets, toAppel } from './appel.types';

/** The appels à projets: public facts of each year (every role reads them, porteurs included). */
@Resolver(() => AppelAProjets)
export class AppelAProjetsResolver {
  constructor(
    private readonly readModels: ReadModelsService,
    private readonly acces: AccesEntites,
  ) {}

  @Query(() => [AppelAProjets], { description: 'Every appel à projets of the workspace, most recent year first.' })
  @Permit(...TOUS_LECTEURS)
  async appelsAProjets(@Ctx() context: RequestContext, @Args() at: AsOfArgs): Promise<AppelAProjets[]> {
    const readModels = await this.readModels.at(context.tenantId, at);
    const documents = await readModels.readModel<AppelDocument>(appelProjection.name).find(appelsQuery.filter, { sort: appelsQuery.sort });
    return documents.map(toAppel);
  }

  @Query(() => AppelAProjets, { nullable: true, description: 'The appel à projets of a year; null when none was opened.' })
  @Permit(...TOUS_LECTEURS)
  async appelAProjets(@Ctx() context: RequestContext, @Args('annee', { type: () => Int }) annee: number, @Args() at: AsOfArgs): Promise<AppelAProjets | null> {
    return this.charger(context, annee, at);
  }

  /** Federation entity resolution (authenticated by AccesEntites: the guard does not run on `_entities`). */
  @ResolveReference()
  async resolveReference(reference: { id: string }, graphqlContext: { req?: ApiRequest }): Promise<AppelAProjets | null> {
    const context = await this.acces.contexte(graphqlContext, TOUS_LECTEURS, 'AppelAProjets');
    return this.charger(context, Number(reference.id), {});
  }

  private async charger(context: RequestContext, annee: number, at: AsOfArgs): Promise<AppelAProjets | null> {
    const readModels = await this.readModels.at(context.tenantId, at);
    const document = await readModels.readModel<AppelDocument>(appelProjection.name).findOne(appelFilter(annee));
    return document ? toAppel(document) : null;
  }
}
