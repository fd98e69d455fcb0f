import { Field, InputType } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import { territoireScope } from '../../territoire.graphql-scope';

@InputType(territoireScope)
export class AjouterAliasPartenaireInput extends CommandInput {
  @Field()
  partenaireId: string;

  @Field()
  alias: string;
}
