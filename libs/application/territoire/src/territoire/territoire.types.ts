import { Directive, Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NATURES_EPCI, type NatureEpci } from '@cdv/domain-territoire';
import { TerritoireStatistique } from '../shared/types';
import { territoireScope } from '../territoire.graphql-scope';

export const NatureEpciEnum = Object.fromEntries(NATURES_EPCI.map((nature) => [nature, nature])) as Record<NatureEpci, NatureEpci>;
registerEnumType(NatureEpciEnum, {
  ...territoireScope,
  name: 'NatureEpci',
  description: 'metropole, cu (communauté urbaine), ca (d’agglomération), cc (de communes), ept, autre',
});

/** What a figure and a count of the territory share: the stated side's wording and source, and the gap. */
@ObjectType({ ...territoireScope, isAbstract: true })
abstract class ComparaisonTerritoire {
  @Field(() => String, { nullable: true })
  methode: string | null;

  @Field(() => String, { nullable: true, description: 'The value exactly as printed ("20 %").' })
  declareeImprimee: string | null;

  @Field(() => String, { nullable: true, description: '"environ", "près de"… as printed.' })
  qualificatif: string | null;

  @Field(() => String, { nullable: true, description: 'Document and line of the stated value.' })
  source: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True when both sides are known and differ at the printed precision; null when one side is missing.' })
  ecart: boolean | null;
}

@ObjectType({ ...territoireScope, description: 'A figure of the territory: computed by the platform beside what a source document prints.' })
export class TerritoireValeurComparee extends ComparaisonTerritoire {
  @Field(() => String, { nullable: true, description: 'Decimal, computed from the recorded facts.' })
  calculee: string | null;

  @Field(() => String, { nullable: true, description: 'Decimal, as stated by the document.' })
  declaree: string | null;
}

@ObjectType({ ...territoireScope, description: 'A count of the territory (communes, QPV…): computed by the platform beside what a source document prints.' })
export class TerritoireNombreCompare extends ComparaisonTerritoire {
  @Field(() => Int, { nullable: true, description: 'Counted from the recorded facts.' })
  calculee: number | null;

  @Field(() => Int, { nullable: true, description: 'As stated by the document (null when what it prints is no whole number: see declareeImprimee).' })
  declaree: number | null;
}

@ObjectType({ ...territoireScope, description: 'A commune of the territory.' })
export class TerritoireCommune {
  @Field({ description: 'INSEE code, or "nom:" + normalised name until the code is known.' })
  cle: string;

  @Field(() => String, { nullable: true })
  codeInsee: string | null;

  @Field()
  nom: string;

  @Field(() => [String])
  alias: string[];

  @Field()
  rattachee: boolean;

  @Field(() => String, { nullable: true })
  depuis: string | null;

  @Field(() => String, { nullable: true })
  jusquAu: string | null;

  @Field(() => [String], { description: 'Ids of the quartiers (QPV, veille, intérêt communautaire) on the map in the commune.' })
  quartiers: string[];

  @Field()
  avecQpv: boolean;
}

@ObjectType(territoireScope)
export class TerritoireContratPredecesseur {
  @Field()
  intitule: string;

  @Field(() => String, { nullable: true })
  signeLe: string | null;
}

@ObjectType({ ...territoireScope, description: 'An EPCI this one comes from (a merger), with its own contrat de ville.' })
export class TerritoirePredecesseur {
  @Field()
  nom: string;

  @Field(() => String, { nullable: true })
  siren: string | null;

  @Field(() => String, { nullable: true })
  jusquAu: string | null;

  @Field(() => TerritoireContratPredecesseur, { nullable: true })
  contratDeVille: TerritoireContratPredecesseur | null;

  @Field(() => String, { nullable: true })
  note: string | null;
}

@ObjectType(territoireScope)
export class TerritoireNatureHistorique {
  @Field(() => NatureEpciEnum)
  nature: NatureEpci;

  @Field(() => String, { nullable: true })
  depuis: string | null;
}

@ObjectType({ ...territoireScope, description: 'QPV on the map of one geography generation.' })
export class TerritoireQpvGeneration {
  @Field(() => Int, { nullable: true, description: '2015, 2024; null for QPV whose generation is unknown.' })
  generation: number | null;

  @Field(() => Int)
  nombre: number;
}

@ObjectType({ ...territoireScope, description: 'The EPCI of the workspace, with its communes and its key figures (computed and stated).' })
@Directive('@key(fields: "tenantId")')
export class Territoire {
  @Field()
  tenantId: string;

  @Field(() => String, { nullable: true })
  siren: string | null;

  @Field(() => String, { nullable: true })
  nom: string | null;

  @Field(() => String, { nullable: true })
  nomUsuel: string | null;

  @Field(() => String, { nullable: true })
  acronyme: string | null;

  @Field(() => NatureEpciEnum, { nullable: true })
  nature: NatureEpci | null;

  @Field(() => [TerritoireNatureHistorique])
  historiqueNature: TerritoireNatureHistorique[];

  @Field(() => String, { nullable: true })
  departement: string | null;

  @Field(() => String, { nullable: true })
  region: string | null;

  @Field(() => [TerritoirePredecesseur])
  predecesseurs: TerritoirePredecesseur[];

  @Field(() => [TerritoireCommune])
  communes: TerritoireCommune[];

  @Field(() => [TerritoireStatistique])
  statistiques: TerritoireStatistique[];

  @Field(() => TerritoireNombreCompare, { description: 'Communes attached to the territory.' })
  nombreCommunes: TerritoireNombreCompare;

  @Field(() => TerritoireNombreCompare, { description: 'Distinct communes of the QPV on the map.' })
  nombreCommunesAvecQpv: TerritoireNombreCompare;

  @Field(() => TerritoireNombreCompare, { description: 'QPV on the map.' })
  nombreQpv: TerritoireNombreCompare;

  @Field(() => TerritoireNombreCompare)
  nombreQuartiersVeilleActive: TerritoireNombreCompare;

  @Field(() => TerritoireNombreCompare, { description: 'Quartiers d’intérêt communautaire / d’agglomération.' })
  nombreQuartiersInteretCommunautaire: TerritoireNombreCompare;

  @Field(() => [TerritoireQpvGeneration], { description: 'QPV on the map per geography generation.' })
  qpvParGeneration: TerritoireQpvGeneration[];

  @Field(() => TerritoireValeurComparee)
  population: TerritoireValeurComparee;

  @Field(() => TerritoireValeurComparee)
  populationQpv: TerritoireValeurComparee;

  @Field(() => TerritoireValeurComparee, { description: 'Share of the population living in QPV, in %.' })
  partPopulationQpv: TerritoireValeurComparee;
}
