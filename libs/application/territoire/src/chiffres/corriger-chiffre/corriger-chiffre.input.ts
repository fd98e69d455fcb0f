import { Field, InputType } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import { territoireScope } from '../../territoire.graphql-scope';

@InputType(territoireScope)
export class CorrigerChiffreInput extends CommandInput {
  @Field()
  documentId: string;

  @Field()
  chiffreId: string;

  @Field(() => String, { nullable: true })
  valeurImprimee?: string | null;

  @Field(() => String, { nullable: true, description: 'Left out: unchanged; null: the print is not a plain number.' })
  valeur?: string | null;

  @Field(() => String, { nullable: true })
  localisation?: string | null;
}
