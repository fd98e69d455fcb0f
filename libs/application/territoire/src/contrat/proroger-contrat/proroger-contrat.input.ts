import { Field, InputType } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import { territoireScope } from '../../territoire.graphql-scope';

@InputType(territoireScope)
export class ProrogerContratInput extends CommandInput {
  @Field()
  contratId: string;

  @Field({ description: 'YYYY, YYYY-MM or YYYY-MM-DD.' })
  nouvelleFin: string;

  @Field(() => String, { nullable: true, description: 'e.g. "article 181 de la loi n°2018-1317".' })
  fondementJuridique?: string | null;

  @Field(() => String, { nullable: true })
  dateEffet?: string | null;
}
