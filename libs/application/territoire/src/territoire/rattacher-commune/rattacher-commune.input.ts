import { Field, InputType } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import { territoireScope } from '../../territoire.graphql-scope';

@InputType(territoireScope)
export class RattacherCommuneInput extends CommandInput {
  @Field(() => String, { nullable: true, description: 'INSEE code, when known.' })
  codeInsee?: string | null;

  @Field()
  nom: string;

  @Field(() => [String], { nullable: true })
  alias?: string[] | null;

  @Field(() => String, { nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD.' })
  depuis?: string | null;
}
