import { Field, InputType, Int } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import { EngagementCibleReferenceInput, EngagementCibleValeurInput } from '../engagement.inputs';
import { territoireScope } from '../../territoire.graphql-scope';

@InputType(territoireScope)
export class FixerCibleIndicateurInput extends CommandInput {
  @Field()
  engagementId: string;

  @Field()
  indicateurId: string;

  @Field(() => Int, { nullable: true })
  annee?: number | null;

  @Field(() => String, { nullable: true, description: 'Span in words when not a year ("sur 3 ans").' })
  periode?: string | null;

  @Field(() => String, { nullable: true, description: 'Breakdown the target applies to ("DTML", "femmes").' })
  ventilation?: string | null;

  @Field(() => EngagementCibleValeurInput)
  cible: EngagementCibleValeurInput;

  @Field(() => EngagementCibleReferenceInput, { nullable: true })
  reference?: EngagementCibleReferenceInput | null;

  @Field(() => String, { nullable: true, description: '"environ", "près de", "total"…' })
  qualificatif?: string | null;
}
