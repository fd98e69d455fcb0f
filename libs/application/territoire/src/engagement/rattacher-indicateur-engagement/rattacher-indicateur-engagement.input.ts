import { Field, InputType } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import { territoireScope } from '../../territoire.graphql-scope';

@InputType(territoireScope)
export class RattacherIndicateurEngagementInput extends CommandInput {
  @Field()
  engagementId: string;

  @Field()
  indicateurId: string;
}
