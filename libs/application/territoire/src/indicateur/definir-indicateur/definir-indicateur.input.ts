import { Field, InputType } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import type { NatureIndicateur, TypeVentilation } from '@cdv/domain-territoire';
import { NatureIndicateurEnum, TypeVentilationEnum } from '../../shared/enums';
import { CadreStrategiqueNoeudRefInput } from '../../shared/inputs';
import { territoireScope } from '../../territoire.graphql-scope';

@InputType(territoireScope)
export class DefinirIndicateurInput extends CommandInput {
  @Field(() => String, { nullable: true })
  indicateurId?: string | null;

  @Field()
  libelle: string;

  @Field(() => String, { nullable: true })
  unite?: string | null;

  @Field(() => NatureIndicateurEnum, { nullable: true })
  nature?: NatureIndicateur | null;

  @Field(() => [TypeVentilationEnum], { nullable: true })
  ventilations?: TypeVentilation[] | null;

  @Field(() => [String], { nullable: true, description: 'Age bands of the tranche_age breakdown ("16-25").' })
  tranchesAge?: string[] | null;

  @Field(() => String, { nullable: true })
  definition?: string | null;

  @Field(() => [CadreStrategiqueNoeudRefInput], { nullable: true })
  noeuds?: CadreStrategiqueNoeudRefInput[] | null;
}
