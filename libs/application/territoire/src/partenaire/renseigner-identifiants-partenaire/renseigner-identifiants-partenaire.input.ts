import { Field, InputType } from '@nestjs/graphql';
import { CommandInput, SiretScalar } from '@cdv/graphql-common';
import { territoireScope } from '../../territoire.graphql-scope';

@InputType(territoireScope)
export class RenseignerIdentifiantsPartenaireInput extends CommandInput {
  @Field()
  partenaireId: string;

  @Field(() => SiretScalar, { nullable: true })
  siret?: string | null;

  @Field(() => String, { nullable: true })
  siren?: string | null;

  @Field(() => String, { nullable: true })
  rna?: string | null;
}
