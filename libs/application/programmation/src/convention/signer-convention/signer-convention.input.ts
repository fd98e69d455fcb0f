import { Field, InputType, Int } from '@nestjs/graphql';
import type { TypeConvention } from '@cdv/domain-programmation';
import { CommandInput, DateScalar } from '@cdv/graphql-common';
import { TypeConventionEnum } from '../../shared/programmation.enums';
import { programmationScope } from '../../programmation.graphql-scope';

@InputType(programmationScope)
export class DossierConventionneInput {
  @Field()
  dossierId: string;

  @Field(() => Int)
  annee: number;
}

@InputType({
  ...programmationScope,
  description: 'Signs an annual convention or a CPO (2–4 years) with the porteur; its retained dossiers become conventionnés.',
})
export class SignerConventionInput extends CommandInput {
  @Field(() => String, { nullable: true, description: 'Given, or derived from commandId, or new.' })
  conventionId?: string | null;

  @Field(() => TypeConventionEnum)
  typeConvention: TypeConvention;

  @Field()
  objet: string;

  @Field({ description: 'Partenaire id of the porteur.' })
  porteurId: string;

  @Field(() => [String], { description: 'Partenaire ids of the signing financeurs.' })
  signataires: string[];

  @Field(() => Int)
  anneeDebut: number;

  @Field(() => Int)
  anneeFin: number;

  @Field(() => DateScalar)
  dateSignature: string;

  @Field(() => String, { nullable: true })
  numeroEngagementJuridique?: string | null;

  @Field(() => [DossierConventionneInput], { description: 'The dossiers it covers (at signature; later years join with rattacherDossierAConvention).' })
  dossiers: DossierConventionneInput[];
}
