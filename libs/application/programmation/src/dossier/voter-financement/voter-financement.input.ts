import { Field, InputType } from '@nestjs/graphql';
import type { Cents } from '@cdv/eventsourcing';
import { CommandInput, MontantScalar } from '@cdv/graphql-common';
import { programmationScope } from '../../programmation.graphql-scope';

@InputType({ ...programmationScope, description: 'Votes an amount on a line (a financeur’s own committee); comité votes go through arreterProgrammation.' })
export class VoterFinancementInput extends CommandInput {
  @Field()
  dossierId: string;

  @Field({ description: '`{financeurId}:{nature}`.' })
  ligneId: string;

  @Field(() => MontantScalar)
  montant: Cents;

  @Field(() => String, { nullable: true, description: 'The financeur committee or comité that voted.' })
  comiteId?: string | null;
}
