import { Directive, Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NATURES_EPCI, type NatureEpci } from '@cdv/domain-territoire';

export const NatureEpciEnum = Object.fromEntries(NATURES_EPCI.map((nature) => [nature, nature])) as Record<NatureEpci, NatureEpci>;
registerEnumType(NatureEpciEnum, {
  name: 'NatureEpci',
  description: 'metropole, cu (communauté urbaine), ca (d’agglomération), cc (de communes), ept, autre',
});

@ObjectType({ description: 'A figure of the territory: computed by the platform beside what a source document prints.' })
export class ValeurComparee {
  @Field(() => String, { nullable: true, description: 'Decimal, computed from the recorded facts.' })
  calculee: string | null;

  @Field(() => String, { nullable: true })
  methode: string | null;

  @Field(() => String, { nullable: true, description: 'Decimal, as stated by the document.' })
  declaree: string | null;

  @Field(() => String, { nullable: true, description: 'The value exactly as printed ("20 %").' })
  declareeImprimee: string | null;

  @Field(() => String, { nullable: true, description: 'Document and line of the stated value.' })
  source: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True when both sides are known and differ at the printed precision.' })
  ecart: boolean | null;
}

@ObjectType()
export class CommuneDuTerritoire {
  @Field()
  cle: string;

  @Field(() => String, { nullable: true })
  codeInsee: string | null;

  @Field()
  nom: string;

  @Field(() => [String])
  alias: string[];

  @Field()
  rattachee: boolean;

  @Field(() => [String], { description: 'Ids of the quartiers (QPV, veille, intérêt communautaire) in the commune.' })
  quartiers: string[];

  @Field()
  avecQpv: boolean;
}

@ObjectType({ description: 'The EPCI of the workspace, with its communes and its key figures (computed and stated).' })
@Directive('@key(fields: "tenantId")')
export class Territoire {
  @Field()
  tenantId: string;

  @Field(() => String, { nullable: true })
  siren: string | null;

  @Field(() => String, { nullable: true })
  nom: string | null;

  @Field(() => String, { nullable: true })
  acronyme: string | null;

  @Field(() => NatureEpciEnum, { nullable: true })
  nature: NatureEpci | null;

  @Field(() => [CommuneDuTerritoire])
  communes: CommuneDuTerritoire[];

  @Field(() => ValeurComparee)
  nombreCommunes: ValeurComparee;

  @Field(() => ValeurComparee)
  nombreQpv: ValeurComparee;

  @Field(() => ValeurComparee)
  population: ValeurComparee;

  @Field(() => ValeurComparee)
  populationQpv: ValeurComparee;

  @Field(() => ValeurComparee, { description: 'Share of the population living in QPV, in %.' })
  partPopulationQpv: ValeurComparee;
}
