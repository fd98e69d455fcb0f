import { Args, Query, Resolver } from '@nestjs/graphql';
import { ReadModelsService } from '@cdv/platform';
import { territoireProjection, territoireQuery, type TerritoireDocument, type ValeurComparee as ValeurCompareeDocument } from '@cdv/projections-territoire';
import { AsOfArgs } from '@cdv/graphql-common';
import { Ctx, Permit, READERS, type RequestContext } from '@cdv/tenancy';
import { Territoire, type ValeurComparee } from './territoire.types';

@Resolver(() => Territoire)
export class TerritoireResolver {
  constructor(private readonly readModels: ReadModelsService) {}

  @Query(() => Territoire, { nullable: true, description: 'The workspace’s EPCI; null until it is opened.' })
  @Permit(...READERS)
  async territoire(@Ctx() context: RequestContext, @Args() at: AsOfArgs): Promise<Territoire | null> {
    const { filter } = territoireQuery(context.tenantId);
    const readModels = await this.readModels.at(context.tenantId, at);
    const document = await readModels.readModel<TerritoireDocument>(territoireProjection.name).findOne(filter);
    return document && document.ouvert ? toTerritoire(document) : null;
  }
}

function toTerritoire(document: TerritoireDocument): Territoire {
  return {
    tenantId: document.tenantId,
    siren: document.siren,
    nom: document.nom,
    acronyme: document.acronyme,
    nature: document.nature,
    communes: document.communes.map((commune) => ({ ...commune })),
    nombreCommunes: valeur(document.comptes.communes),
    nombreQpv: valeur(document.comptes.qpv),
    population: valeur(document.population),
    populationQpv: valeur(document.populationQpv),
    partPopulationQpv: valeur(document.partPopulationQpv),
  };
}

function valeur(value: ValeurCompareeDocument): ValeurComparee {
  return {
    calculee: value.calculee,
    methode: value.methode,
    declaree: value.declaree,
    declareeImprimee: value.declareeImprimee,
    source: value.source ? `${value.source.document} ${value.source.localisation}` : null,
    ecart: value.ecart,
  };
}
