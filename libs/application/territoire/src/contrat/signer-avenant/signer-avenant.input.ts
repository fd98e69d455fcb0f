import { Field, InputType } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import { ContratSignatureInput } from '../contrat.inputs';
import { territoireScope } from '../../territoire.graphql-scope';

@InputType(territoireScope)
export class SignerAvenantInput extends CommandInput {
  @Field()
  contratId: string;

  @Field()
  avenantId: string;

  @Field(() => String, { nullable: true })
  signeLe?: string | null;

  @Field(() => String, { nullable: true })
  lieu?: string | null;

  @Field(() => [ContratSignatureInput])
  signatures: ContratSignatureInput[];
}
