import { Field, InputType, Int } from '@nestjs/graphql';
import { CommandInput, DateScalar, MontantScalar } from '@cdv/graphql-common';
import { rapportScope } from '../../rapport.graphql-scope';

@InputType(rapportScope)
export class BeneficiaireOperationInput {
  @Field(() => String, { nullable: true, description: 'Partenaire id, when the beneficiary is in the référentiel.' })
  partenaireId?: string | null;

  @Field()
  nom: string;

  @Field(() => String, { nullable: true })
  codeInsee?: string | null;
}

@InputType({ ...rapportScope, description: 'Records an operation a fund pays outside the programmation; refused above the fund’s amount rule.' })
export class EnregistrerOperationInput extends CommandInput {
  @Field()
  dispositifId: string;

  @Field({ description: 'Id of the operation, unique in the fund.' })
  operationId: string;

  @Field(() => Int)
  annee: number;

  @Field(() => BeneficiaireOperationInput)
  beneficiaire: BeneficiaireOperationInput;

  @Field()
  projet: string;

  @Field(() => MontantScalar)
  montantOperation: number;

  @Field(() => MontantScalar, { nullable: true })
  depensesEligibles?: number | null;

  @Field(() => MontantScalar)
  montantAide: number;

  @Field(() => MontantScalar, { nullable: true, description: 'The part due to the politique de la ville.' })
  dontPolitiqueVille?: number | null;

  @Field(() => DateScalar, { nullable: true })
  decideLe?: string | null;
}
