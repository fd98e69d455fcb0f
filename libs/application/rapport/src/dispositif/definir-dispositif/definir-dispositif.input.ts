import { Field, Float, InputType } from '@nestjs/graphql';
import type { NatureDispositif } from '@cdv/domain-rapport';
import { CommandInput, MontantScalar } from '@cdv/graphql-common';
import { rapportScope } from '../../rapport.graphql-scope';
import { AssietteAideEnum, NatureDispositifEnum } from '../../rapport/rapport.enums';

@InputType({ ...rapportScope, description: 'A rule of the fund in words, with where it is written.' })
export class RegleDispositifInput {
  @Field()
  libelle: string;

  @Field(() => String, { nullable: true })
  source?: string | null;
}

@InputType({ ...rapportScope, description: 'The amount rule the platform checks: min(taux × assiette, plafond).' })
export class CalculAideInput {
  @Field(() => Float, { description: 'Percentage, 0–100.' })
  tauxMaxPourcentage: number;

  @Field(() => MontantScalar, { nullable: true })
  plafond?: number | null;

  @Field(() => AssietteAideEnum)
  assiette: 'depenses_eligibles' | 'montant_operation';
}

@InputType({ ...rapportScope, description: 'Defines an EPCI fund, or redefines it (with a reason).' })
export class DefinirDispositifInput extends CommandInput {
  @Field()
  dispositifId: string;

  @Field()
  libelle: string;

  @Field(() => NatureDispositifEnum)
  nature: NatureDispositif;

  @Field({ description: 'Partenaire id of the financeur (the EPCI).' })
  financeurId: string;

  @Field()
  financeurNom: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [RegleDispositifInput], { description: '50 at most.' })
  regles: RegleDispositifInput[];

  @Field(() => CalculAideInput, { nullable: true })
  calcul?: CalculAideInput | null;

  @Field(() => [String], { description: 'Ids of the financing rules that enforce the fund on dossier lines.' })
  reglesFinancement: string[];
}
