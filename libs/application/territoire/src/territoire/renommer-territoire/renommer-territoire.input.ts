import { Field, InputType } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import { territoireScope } from '../../territoire.graphql-scope';

@InputType(territoireScope)
export class RenommerTerritoireInput extends CommandInput {
  @Field({ description: 'New legal name.' })
  nom: string;

  @Field(() => String, { nullable: true })
  acronyme?: string | null;

  @Field(() => String, { nullable: true })
  nomUsuel?: string | null;
}
