import { Field, InputType, Int } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import { TerritoireValidationInput } from '../../shared/inputs';
import { CadreStrategiqueDimensionInput } from '../cadre.inputs';
import { territoireScope } from '../../territoire.graphql-scope';

@InputType(territoireScope)
export class DefinirCadreStrategiqueInput extends CommandInput {
  @Field(() => String, { nullable: true, description: 'Given for a new version of an existing cadre.' })
  cadreId?: string | null;

  @Field(() => Int)
  version: number;

  @Field()
  intitule: string;

  @Field(() => String, { nullable: true })
  contratId?: string | null;

  @Field(() => [CadreStrategiqueDimensionInput])
  dimensions: CadreStrategiqueDimensionInput[];

  @Field(() => [TerritoireValidationInput], { nullable: true })
  validations?: TerritoireValidationInput[] | null;
}
