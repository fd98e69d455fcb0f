import { Field, InputType } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import { programmationScope } from '../../programmation.graphql-scope';

@InputType({ ...programmationScope, description: 'Closes a comité: it records no more decisions.' })
export class CloreComiteInput extends CommandInput {
  @Field()
  comiteId: string;
}
