import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import type { TypeSujet } from '@cdv/domain-territoire';
import { STATUTS_CHIFFRE, StatutChiffreEnum, TypeSujetEnum } from '../shared/enums';
import { territoireScope } from '../territoire.graphql-scope';

@ObjectType(territoireScope)
export class ChiffreDeclareSujet {
  @Field(() => TypeSujetEnum)
  type: TypeSujet;

  @Field(() => String, { nullable: true })
  id: string | null;
}

@ObjectType({ ...territoireScope, description: 'Where the figure is printed.' })
export class ChiffreDeclareSource {
  @Field()
  document: string;

  @Field({ description: 'Page and/or lines.' })
  localisation: string;
}

@ObjectType({ ...territoireScope, description: 'A value replaced because it was mis-read, with the reason.' })
export class ChiffreDeclareCorrection {
  @Field()
  valeurImprimee: string;

  @Field(() => String, { nullable: true })
  valeur: string | null;

  @Field()
  localisation: string;

  @Field(() => String, { nullable: true, description: 'Why, as the author of the change said it (the command’s reason).' })
  reason: string | null;

  @Field(() => String, { nullable: true, deprecationReason: 'Use reason (the same value; plumbing words are English, docs/api.md « Names »).' })
  motif: string | null;

  @Field()
  le: string;
}

@ObjectType({
  ...territoireScope,
  description: 'A figure printed in a source document (stated), beside what the platform computes from its own data, with the difference flagged.',
})
export class ChiffreDeclare {
  @Field(() => ID)
  id: string;

  @Field()
  documentId: string;

  @Field()
  cle: string;

  @Field()
  libelle: string;

  @Field(() => ChiffreDeclareSujet)
  sujet: ChiffreDeclareSujet;

  @Field({ description: 'As printed ("20 %").' })
  valeurImprimee: string;

  @Field(() => String, { nullable: true, description: 'Decimal read off the print.' })
  valeurDeclaree: string | null;

  @Field(() => String, { nullable: true })
  unite: string | null;

  @Field(() => String, { nullable: true })
  qualificatif: string | null;

  @Field(() => String, { nullable: true })
  dateReference: string | null;

  @Field(() => ChiffreDeclareSource)
  source: ChiffreDeclareSource;

  @Field(() => String, { nullable: true, description: 'Decimal computed from the platform’s data; null when it has no rule or no data.' })
  valeurCalculee: string | null;

  @Field(() => String, { nullable: true })
  methode: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True when stated and computed differ at the printed precision; null when not computable.' })
  ecart: boolean | null;

  @Field(() => StatutChiffreEnum)
  statut: (typeof STATUTS_CHIFFRE)[number];

  @Field(() => [ChiffreDeclareCorrection])
  corrections: ChiffreDeclareCorrection[];
}

@InputType({ ...territoireScope, description: 'Filters of the chiffresDeclares query; all given ones apply.' })
export class ChiffresDeclaresFilter {
  @Field(() => String, { nullable: true })
  cle?: string | null;

  @Field(() => String, { nullable: true })
  documentId?: string | null;

  @Field(() => StatutChiffreEnum, { nullable: true })
  statut?: (typeof STATUTS_CHIFFRE)[number] | null;

  @Field(() => TypeSujetEnum, { nullable: true })
  sujetType?: TypeSujet | null;
}
