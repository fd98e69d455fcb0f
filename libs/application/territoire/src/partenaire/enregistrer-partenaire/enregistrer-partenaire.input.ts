import { Field, InputType } from '@nestjs/graphql';
import { CommandInput, SiretScalar } from '@cdv/graphql-common';
import type { CategorieFinanceur, NaturePartenaire, RolePartenaire } from '@cdv/domain-territoire';
import { CategorieFinanceurEnum, NaturePartenaireEnum, RolePartenaireEnum } from '../../shared/enums';
import { TerritoireCommuneInput } from '../../shared/inputs';
import { territoireScope } from '../../territoire.graphql-scope';

@InputType(territoireScope)
export class EnregistrerPartenaireInput extends CommandInput {
  @Field(() => String, { nullable: true, description: 'Client-chosen id (letters, digits, dot, dash, underscore).' })
  partenaireId?: string | null;

  @Field(() => NaturePartenaireEnum)
  nature: NaturePartenaire;

  @Field()
  nom: string;

  @Field(() => [String], { nullable: true })
  alias?: string[] | null;

  @Field(() => SiretScalar, { nullable: true })
  siret?: string | null;

  @Field(() => String, { nullable: true, description: '9 digits (Luhn); the SIRET must start with it.' })
  siren?: string | null;

  @Field(() => String, { nullable: true, description: 'RNA number of an association (W + 9 characters).' })
  rna?: string | null;

  @Field(() => [RolePartenaireEnum], { nullable: true })
  roles?: RolePartenaire[] | null;

  @Field(() => CategorieFinanceurEnum, { nullable: true, description: 'Required for a financeur: its category in the yearly report.' })
  categorieFinanceur?: CategorieFinanceur | null;

  @Field(() => [TerritoireCommuneInput], { nullable: true })
  communes?: TerritoireCommuneInput[] | null;

  @Field(() => String, { nullable: true, description: 'For a conseil citoyen: the association that carries it.' })
  associationPorteuseId?: string | null;
}
