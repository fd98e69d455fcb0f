import { Field, InputType } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import { territoireScope } from '../../territoire.graphql-scope';

@InputType(territoireScope)
export class AttribuerCodeInseeCommuneInput extends CommandInput {
  @Field({ description: 'The name (or an alias) the commune is known by.' })
  nom: string;

  @Field()
  codeInsee: string;
}
