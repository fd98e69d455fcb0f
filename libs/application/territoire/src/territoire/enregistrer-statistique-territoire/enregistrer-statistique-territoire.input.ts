import { Field, InputType } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import { TerritoireStatistiqueInput } from '../../shared/inputs';
import { territoireScope } from '../../territoire.graphql-scope';

@InputType(territoireScope)
export class EnregistrerStatistiqueTerritoireInput extends CommandInput {
  @Field(() => TerritoireStatistiqueInput)
  statistique: TerritoireStatistiqueInput;
}
