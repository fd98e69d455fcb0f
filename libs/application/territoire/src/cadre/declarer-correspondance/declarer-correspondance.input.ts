import { Field, InputType, Int } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import { CadreStrategiqueCorrespondanceInput } from '../cadre.inputs';
import { territoireScope } from '../../territoire.graphql-scope';

@InputType(territoireScope)
export class DeclarerCorrespondanceInput extends CommandInput {
  @Field()
  cadreId: string;

  @Field(() => Int)
  versionSource: number;

  @Field(() => Int)
  versionCible: number;

  @Field(() => [CadreStrategiqueCorrespondanceInput])
  correspondances: CadreStrategiqueCorrespondanceInput[];
}
