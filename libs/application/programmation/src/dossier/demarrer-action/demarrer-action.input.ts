import { Field, InputType } from '@nestjs/graphql';
import { CommandInput, DateScalar } from '@cdv/graphql-common';
import { programmationScope } from '../../programmation.graphql-scope';

@InputType({ ...programmationScope, description: 'Records the start of the action.' })
export class DemarrerActionInput extends CommandInput {
  @Field()
  dossierId: string;

  @Field(() => DateScalar)
  dateDebut: string;
}
