import { Args, Context, Parent, Query, ResolveReference, Resolver } from '@nestjs/graphql';
import { territoireProjection, territoireQuery, type TerritoireDocument, type ValeurComparee } from '@cdv/projections-territoire';
import { AsOfArgs } from '@cdv/graphql-common';
import { Ctx, Permit, READERS, type RequestContext } from '@cdv/tenancy';
import { LecturesTerritoire } from '../shared/lecture';
import { Territoire, TerritoireNombreCompare, TerritoireValeurComparee } from './territoire.types';

@Resolver(() => Territoire)
export class TerritoireResolver {
  constructor(private readonly lectures: LecturesTerritoire) {}

  @Query(() => Territoire, { nullable: true, description: 'The workspace’s EPCI; null until it is opened.' })
  @Permit(...READERS)
  async territoire(@Ctx() context: RequestContext, @Context('req') req: object, @Args() at: AsOfArgs): Promise<Territoire | null> {
    const lecture = await this.lectures.pour(req, context.tenantId, at);
    const { filter } = territoireQuery(context.tenantId);
    const document = await lecture.readModel<TerritoireDocument>(territoireProjection.name).findOne(filter);
    return document && document.ouvert ? toTerritoire(document) : null;
  }

  /** Federation: only the caller's own workspace resolves (the caller must be authenticated on this subgraph too). */
  @ResolveReference()
  async resolveReference(@Parent() reference: { tenantId: string }, @Ctx() context: RequestContext, @Context('req') req: object): Promise<Territoire | null> {
    if (reference.tenantId !== context.tenantId) return null;
    return this.territoire(context, req, {});
  }
}

export function toTerritoire(document: TerritoireDocument): Territoire {
  return {
    tenantId: document.tenantId,
    siren: document.siren,
    nom: document.nom,
    nomUsuel: document.nomUsuel,
    acronyme: document.acronyme,
    nature: document.nature,
    historiqueNature: document.historiqueNature.map((h) => ({ ...h })),
    departement: document.departement,
    region: document.region,
    predecesseurs: document.predecesseurs.map((p) => ({ ...p, contratDeVille: p.contratDeVille ? { ...p.contratDeVille } : null, note: p.note ?? null })),
    communes: document.communes.map((commune) => ({ ...commune })),
    statistiques: document.statistiques.map((s) => ({ ...s })),
    nombreCommunes: nombre(document.comptes.communes),
    nombreCommunesAvecQpv: nombre(document.comptes.communesAvecQpv),
    nombreQpv: nombre(document.comptes.qpv),
    nombreQuartiersVeilleActive: nombre(document.comptes.quartiersVeilleActive),
    nombreQuartiersInteretCommunautaire: nombre(document.comptes.quartiersInteretCommunautaire),
    qpvParGeneration: Object.entries(document.qpvParGeneration)
      .map(([generation, nombre]) => ({ generation: /^\d+$/.test(generation) ? Number(generation) : null, nombre }))
      .sort((a, b) => (a.generation ?? 0) - (b.generation ?? 0)),
    population: valeur(document.population),
    populationQpv: valeur(document.populationQpv),
    partPopulationQpv: valeur(document.partPopulationQpv),
  };
}

/** A count: the same comparison with whole numbers (issue 12 §14: `nombreQpv.calculee` was a string). */
function nombre(value: ValeurComparee): TerritoireNombreCompare {
  const entier = (decimal: string | null) => (decimal !== null && /^-?\d+(\.0+)?$/.test(decimal) ? Number.parseInt(decimal, 10) : null);
  return { ...valeur(value), calculee: entier(value.calculee), declaree: entier(value.declaree) };
}

function valeur(value: ValeurComparee): TerritoireValeurComparee {
  return {
    calculee: value.calculee,
    methode: value.methode,
    declaree: value.declaree,
    declareeImprimee: value.declareeImprimee,
    qualificatif: value.qualificatif,
    source: value.source ? `${value.source.document} ${value.source.localisation}` : null,
    ecart: value.ecart,
  };
}
