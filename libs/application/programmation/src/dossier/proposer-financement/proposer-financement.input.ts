import { Field, InputType } from '@nestjs/graphql';
import type { Cents } from '@cdv/eventsourcing';
import { CommandInput, MontantScalar } from '@cdv/graphql-common';
import { programmationScope } from '../../programmation.graphql-scope';

@InputType({ ...programmationScope, description: 'Proposes an amount on a line during instruction.' })
export class ProposerFinancementInput extends CommandInput {
  @Field()
  dossierId: string;

  @Field({ description: '`{financeurId}:{nature}`.' })
  ligneId: string;

  @Field(() => MontantScalar)
  montant: Cents;
}
