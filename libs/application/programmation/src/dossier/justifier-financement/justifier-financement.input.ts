import { Field, InputType } from '@nestjs/graphql';
import type { Cents } from '@cdv/eventsourcing';
import { CommandInput, MontantScalar } from '@cdv/graphql-common';
import { programmationScope } from '../../programmation.graphql-scope';

@InputType({ ...programmationScope, description: 'Records the justified amount of a line.' })
export class JustifierFinancementInput extends CommandInput {
  @Field()
  dossierId: string;

  @Field(() => String)
  ligneId: string;

  @Field(() => MontantScalar)
  montant: Cents;
}
