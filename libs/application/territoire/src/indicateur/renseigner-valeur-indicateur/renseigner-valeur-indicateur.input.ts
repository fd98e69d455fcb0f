import { Field, InputType, Int } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import { IndicateurVentilationInput } from '../indicateur.inputs';
import { territoireScope } from '../../territoire.graphql-scope';

@InputType(territoireScope)
export class RenseignerValeurIndicateurInput extends CommandInput {
  @Field()
  indicateurId: string;

  @Field(() => Int, { nullable: true })
  annee?: number | null;

  @Field(() => String, { nullable: true, description: 'When dated more finely than a year (YYYY-MM, YYYY-MM-DD).' })
  date?: string | null;

  @Field(() => IndicateurVentilationInput, { nullable: true })
  ventilation?: IndicateurVentilationInput | null;

  @Field(() => String, { nullable: true, description: 'The engagement the value reports on, if any.' })
  engagementId?: string | null;

  @Field(() => String, { nullable: true, description: 'Decimal.' })
  valeur?: string | null;

  @Field(() => String, { nullable: true, description: 'As printed, when it is not a plain number.' })
  valeurImprimee?: string | null;

  @Field(() => String, { nullable: true })
  qualificatif?: string | null;

  @Field({ description: 'Where the value comes from (bilan, report and page…).' })
  source: string;
}
