import { Field, InputType } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import { TerritoireCommuneInput } from '../../shared/inputs';
import { ContratPeriodeInput } from '../contrat.inputs';
import { territoireScope } from '../../territoire.graphql-scope';

@InputType(territoireScope)
export class ConclureConventionOperationnelleInput extends CommandInput {
  @Field()
  contratId: string;

  @Field(() => String, { nullable: true })
  conventionId?: string | null;

  @Field(() => TerritoireCommuneInput)
  commune: TerritoireCommuneInput;

  @Field()
  intitule: string;

  @Field(() => ContratPeriodeInput, { nullable: true })
  periode?: ContratPeriodeInput | null;

  @Field(() => String, { nullable: true })
  signeLe?: string | null;
}
