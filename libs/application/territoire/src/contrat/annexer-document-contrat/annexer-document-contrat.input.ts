import { Field, InputType } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import { territoireScope } from '../../territoire.graphql-scope';

@InputType(territoireScope)
export class AnnexerDocumentContratInput extends CommandInput {
  @Field()
  contratId: string;

  @Field(() => String, { nullable: true })
  documentId?: string | null;

  @Field()
  intitule: string;

  @Field(() => String, { nullable: true })
  date?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}
