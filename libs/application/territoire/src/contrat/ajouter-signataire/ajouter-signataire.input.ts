import { Field, InputType } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import { ContratSignataireInput } from '../contrat.inputs';
import { territoireScope } from '../../territoire.graphql-scope';

@InputType(territoireScope)
export class AjouterSignataireInput extends CommandInput {
  @Field()
  contratId: string;

  @Field(() => ContratSignataireInput)
  signataire: ContratSignataireInput;

  @Field(() => String, { nullable: true })
  depuis?: string | null;
}
