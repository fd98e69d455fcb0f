import { Field, InputType } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import { territoireScope } from '../../territoire.graphql-scope';

@InputType(territoireScope)
export class DefinirLibelleAfficheInput extends CommandInput {
  @Field()
  cadreId: string;

  @Field()
  noeudId: string;

  @Field(() => String, { nullable: true })
  libelleAffiche?: string | null;
}
