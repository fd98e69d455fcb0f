import { Field, InputType } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import { TerritoirePredecesseurInput } from '../territoire.inputs';
import { territoireScope } from '../../territoire.graphql-scope';

@InputType(territoireScope)
export class DeclarerPredecesseurInput extends CommandInput {
  @Field(() => TerritoirePredecesseurInput)
  predecesseur: TerritoirePredecesseurInput;
}
