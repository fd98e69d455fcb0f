import { Field, InputType, Int } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import { programmationScope } from '../../programmation.graphql-scope';

@InputType({ ...programmationScope, description: 'Closes the appel: later deposits are late and need a reason.' })
export class CloreAppelAProjetsInput extends CommandInput {
  @Field(() => Int)
  annee: number;
}
