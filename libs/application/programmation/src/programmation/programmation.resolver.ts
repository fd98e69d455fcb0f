import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { AsOfArgs } from '@cdv/graphql-common';
import { ReadModelsService } from '@cdv/platform';
import {
  appelFilter,
  appelProjection,
  avecEnveloppes,
  dossierListProjection,
  lireGrandLivre,
  lireProgrammation,
  type AppelDocument,
  type RegleComptage,
} from '@cdv/projections-programmation';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { LECTEURS_TABLEAUX_DE_BORD } from '../shared/acces';
import { anneeValide } from '../shared/annee';
import { RegleComptageEnum } from '../shared/programmation.enums';
import { LignesFinancementFinanceur, Programmation } from './programmation.types';

/**
 * Dashboards: the programmation summary and the financeur ledgers, aggregation pipelines of the projections lib
 * over `dossiers` (ADR 0004), so that as-of answers run the same pipeline over an as-of rebuild.
 */
@Resolver(() => Programmation)
export class ProgrammationResolver {
  constructor(private readonly readModels: ReadModelsService) {}

  @Query(() => Programmation, { description: 'The year’s programmation under a counting rule (dossier by default), as of now or a past instant.' })
  @Permit(...LECTEURS_TABLEAUX_DE_BORD)
  async programmation(
    @Ctx() context: RequestContext,
    @Args('annee', { type: () => Int }) annee: number,
    @Args() at: AsOfArgs,
    @Args('regleDeComptage', { type: () => RegleComptageEnum, nullable: true }) regleDeComptage?: RegleComptage | null,
  ): Promise<Programmation> {
    const regle = regleDeComptage ?? 'dossier';
    const readModels = await this.readModels.at(context.tenantId, at);
    return lireProgrammation(readModels.readModel(dossierListProjection.name), { annee: anneeValide('annee', annee), regle });
  }

  @Query(() => [LignesFinancementFinanceur], { description: 'Financeur ledgers of a year (one financeur when given): demandé → justifié, envelope consumed.' })
  @Permit(...LECTEURS_TABLEAUX_DE_BORD)
  async lignesFinancement(
    @Ctx() context: RequestContext,
    @Args('annee', { type: () => Int }) annee: number,
    @Args() at: AsOfArgs,
    @Args('financeur', { type: () => String, nullable: true, description: 'Partenaire id of the financeur.' }) financeur?: string | null,
  ): Promise<LignesFinancementFinanceur[]> {
    const readModels = await this.readModels.at(context.tenantId, at);
    const [rows, appel] = await Promise.all([
      lireGrandLivre(readModels.readModel(dossierListProjection.name), {
        annee: anneeValide('annee', annee),
        ...(financeur ? { financeurId: financeur } : {}),
      }),
      readModels.readModel<AppelDocument>(appelProjection.name).findOne(appelFilter(annee)),
    ]);
    return avecEnveloppes(rows, appel)
      .filter((row) => !financeur || row.financeurId === financeur)
      .map(({ parNature, ...row }) => ({ ...row, droitCommun: parNature.droitCommun, creditsSpecifiques: parNature.creditsSpecifiques }));
  }
}
