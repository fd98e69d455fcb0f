import { Field, InputType } from '@nestjs/graphql';
import { CommandInput, DateScalar } from '@cdv/graphql-common';
import { territoireScope } from '../../territoire.graphql-scope';

@InputType(territoireScope)
export class RetirerQpvInput extends CommandInput {
  @Field({ description: 'Id of the quartier (for a QPV from the national list: its code).' })
  qpvId: string;

  @Field(() => DateScalar)
  dateEffet: string;
}
