import { Field, Float, InputType } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import { programmationScope } from '../../programmation.graphql-scope';

@InputType({ ...programmationScope, description: 'Records one indicator value.' })
export class RenseignerIndicateurInput extends CommandInput {
  @Field()
  dossierId: string;

  @Field(() => String, { description: 'Indicator id in the référentiel catalogue.' })
  indicateurId: string;

  @Field(() => String)
  libelle: string;

  @Field(() => Float)
  valeur: number;

  @Field(() => String, { nullable: true })
  unite?: string | null;
}
