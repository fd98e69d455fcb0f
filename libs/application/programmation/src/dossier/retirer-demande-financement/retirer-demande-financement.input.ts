import { Field, InputType } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import { programmationScope } from '../../programmation.graphql-scope';

@InputType({ ...programmationScope, description: 'Withdraws a line not decided yet; under instruction, a reason is required.' })
export class RetirerDemandeFinancementInput extends CommandInput {
  @Field()
  dossierId: string;

  @Field(() => String, { description: '`{financeurId}:{nature}`.' })
  ligneId: string;
}
