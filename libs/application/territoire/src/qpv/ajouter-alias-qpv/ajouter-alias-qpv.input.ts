import { Field, InputType } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import { territoireScope } from '../../territoire.graphql-scope';

@InputType(territoireScope)
export class AjouterAliasQpvInput extends CommandInput {
  @Field({ description: 'Id of the quartier (for a QPV from the national list: its code).' })
  qpvId: string;

  @Field()
  alias: string;
}
