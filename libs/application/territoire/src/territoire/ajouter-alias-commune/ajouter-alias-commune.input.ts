import { Field, InputType } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import { TerritoireCommuneInput } from '../../shared/inputs';
import { territoireScope } from '../../territoire.graphql-scope';

@InputType(territoireScope)
export class AjouterAliasCommuneInput extends CommandInput {
  @Field(() => TerritoireCommuneInput)
  commune: TerritoireCommuneInput;

  @Field()
  alias: string;
}
