import { Directive, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import type { CategorieFinanceur, NaturePartenaire, RolePartenaire } from '@cdv/domain-territoire';
import { ConnectionType } from '@cdv/graphql-common';
import { CategorieFinanceurEnum, NaturePartenaireEnum, RolePartenaireEnum } from '../shared/enums';
import { TerritoireCommuneRef } from '../shared/types';
import { territoireScope } from '../territoire.graphql-scope';

@ObjectType({ ...territoireScope, description: 'Official identifiers of an organisation.' })
export class PartenaireIdentifiants {
  @Field(() => String, { nullable: true })
  siret: string | null;

  @Field(() => String, { nullable: true, description: 'The SIREN given, or the first 9 digits of the SIRET.' })
  siren: string | null;

  @Field(() => String, { nullable: true })
  rna: string | null;
}

@ObjectType({ ...territoireScope, description: 'An organisation of the contract: financeur, porteur, signataire, or several.' })
@Directive('@key(fields: "id")')
export class Partenaire {
  @Field(() => ID)
  id: string;

  @Field(() => NaturePartenaireEnum)
  nature: NaturePartenaire;

  @Field()
  nom: string;

  @Field(() => [String], { description: 'Aliases and former names.' })
  alias: string[];

  @Field(() => PartenaireIdentifiants)
  identifiants: PartenaireIdentifiants;

  @Field(() => [RolePartenaireEnum])
  roles: RolePartenaire[];

  @Field(() => CategorieFinanceurEnum, { nullable: true })
  categorieFinanceur: CategorieFinanceur | null;

  @Field(() => [TerritoireCommuneRef])
  communes: TerritoireCommuneRef[];

  @Field(() => String, { nullable: true, description: 'For a conseil citoyen: the association that carries it.' })
  associationPorteuseId: string | null;
}

export const PartenaireConnection = ConnectionType(Partenaire, 'Partenaire', territoireScope);

@InputType({ ...territoireScope, description: 'Filters of the partenaires query; all given ones apply.' })
export class PartenairesFilter {
  @Field(() => NaturePartenaireEnum, { nullable: true })
  nature?: NaturePartenaire | null;

  @Field(() => RolePartenaireEnum, { nullable: true })
  role?: RolePartenaire | null;

  @Field(() => CategorieFinanceurEnum, { nullable: true })
  categorieFinanceur?: CategorieFinanceur | null;

  @Field(() => String, { nullable: true, description: 'The conseils citoyens an association carries.' })
  associationPorteuseId?: string | null;
}
