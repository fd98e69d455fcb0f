import { Field, Float, InputType, Int } from '@nestjs/graphql';
import type { Cents } from '@cdv/eventsourcing';
import { CommandInput, MontantScalar } from '@cdv/graphql-common';
import { programmationScope } from '../../programmation.graphql-scope';

@InputType(programmationScope)
export class TrancheAgeInput {
  @Field({ description: 'Band as the tenant defines it, e.g. "16-25".' })
  tranche: string;

  @Field(() => Int)
  nombre: number;
}

@InputType({ ...programmationScope, description: 'Beneficiaries: femmes + hommes + nonRenseigne = total.' })
export class BeneficiairesInput {
  @Field(() => Int)
  total: number;

  @Field(() => Int)
  femmes: number;

  @Field(() => Int)
  hommes: number;

  @Field(() => Int)
  nonRenseigne: number;

  @Field(() => [TrancheAgeInput], { nullable: true })
  parTrancheAge?: TrancheAgeInput[] | null;

  @Field(() => Int)
  residentsQpv: number;
}

@InputType(programmationScope)
export class IndicateurValeurInput {
  @Field()
  indicateurId: string;

  @Field()
  libelle: string;

  @Field(() => Float)
  valeur: number;

  @Field(() => String, { nullable: true })
  unite?: string | null;
}

@InputType({ ...programmationScope, description: 'The porteur’s report on a running action: realised cost, beneficiaries, indicators, narrative.' })
export class DeposerBilanInput extends CommandInput {
  @Field()
  dossierId: string;

  @Field(() => MontantScalar)
  coutRealise: Cents;

  @Field(() => BeneficiairesInput)
  beneficiaires: BeneficiairesInput;

  @Field(() => [IndicateurValeurInput], { nullable: true })
  indicateurs?: IndicateurValeurInput[] | null;

  @Field()
  recit: string;
}
