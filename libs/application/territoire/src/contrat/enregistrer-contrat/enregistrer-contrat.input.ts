import { Field, InputType } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import { ContratPeriodeInput } from '../contrat.inputs';
import { territoireScope } from '../../territoire.graphql-scope';

@InputType(territoireScope)
export class EnregistrerContratInput extends CommandInput {
  @Field(() => String, { nullable: true })
  contratId?: string | null;

  @Field()
  intitule: string;

  @Field(() => ContratPeriodeInput, { nullable: true })
  periode?: ContratPeriodeInput | null;
}
