import { Field, InputType } from '@nestjs/graphql';
import type { Cents } from '@cdv/eventsourcing';
import { CommandInput, MontantScalar } from '@cdv/graphql-common';
import { programmationScope } from '../../programmation.graphql-scope';

@InputType({ ...programmationScope, description: 'Engages a voted line.' })
export class EngagerFinancementInput extends CommandInput {
  @Field()
  dossierId: string;

  @Field(() => String)
  ligneId: string;

  @Field(() => MontantScalar)
  montant: Cents;

  @Field(() => String, { nullable: true })
  numeroEngagementJuridique?: string | null;

  @Field(() => String, { nullable: true })
  conventionId?: string | null;
}
