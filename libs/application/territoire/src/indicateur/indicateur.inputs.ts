import { Field, InputType } from '@nestjs/graphql';
import type { Ventilation } from '@cdv/domain-territoire';
import { SexeEnum } from '../shared/enums';
import { territoireScope } from '../territoire.graphql-scope';

@InputType({ ...territoireScope, description: 'The breakdown a value is for (by sex, age band, QPV of residence); leave out what does not apply.' })
export class IndicateurVentilationInput {
  @Field(() => SexeEnum, { nullable: true })
  sexe?: NonNullable<Ventilation['sexe']> | null;

  @Field(() => String, { nullable: true })
  trancheAge?: string | null;

  @Field(() => String, { nullable: true, description: 'Id of the quartier.' })
  qpvId?: string | null;
}

/** Only the members given: the decider reads a present member as a breakdown the indicator must have. */
export function ventilation(input: IndicateurVentilationInput | null | undefined): Ventilation | null {
  if (!input) return null;
  return {
    ...(input.sexe != null ? { sexe: input.sexe } : {}),
    ...(input.trancheAge != null ? { trancheAge: input.trancheAge } : {}),
    ...(input.qpvId != null ? { qpvId: input.qpvId } : {}),
  };
}
