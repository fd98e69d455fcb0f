import { Field, InputType } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import { territoireScope } from '../../territoire.graphql-scope';

@InputType(territoireScope)
export class AttribuerSirenTerritoireInput extends CommandInput {
  @Field({ description: '9 digits, Luhn checksum.' })
  siren: string;
}
