import { Field, InputType } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import type { StatutEngagement } from '@cdv/domain-territoire';
import { StatutEngagementEnum } from '../../shared/enums';
import { territoireScope } from '../../territoire.graphql-scope';

@InputType(territoireScope)
export class ChangerStatutEngagementInput extends CommandInput {
  @Field()
  engagementId: string;

  @Field(() => StatutEngagementEnum)
  statut: StatutEngagement;

  @Field({ description: 'YYYY, YYYY-MM or YYYY-MM-DD.' })
  depuis: string;

  @Field(() => String, { nullable: true })
  commentaire?: string | null;
}
