import { Field, InputType, Int } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import { ContratSignataireInput } from '../contrat.inputs';
import { territoireScope } from '../../territoire.graphql-scope';

@InputType(territoireScope)
export class SignerContratInput extends CommandInput {
  @Field()
  contratId: string;

  @Field(() => String, { nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD; null when the document gives no date.' })
  signeLe?: string | null;

  @Field(() => String, { nullable: true })
  lieu?: string | null;

  @Field(() => [ContratSignataireInput], { nullable: true })
  signataires?: ContratSignataireInput[] | null;

  @Field(() => Int, { nullable: true, description: 'The count the document states ("40 signataires").' })
  nombreSignatairesDeclare?: number | null;
}
