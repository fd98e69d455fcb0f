import { Field, InputType, Int } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import { territoireScope } from '../../territoire.graphql-scope';

@InputType(territoireScope)
export class AjouterObjectifInput extends CommandInput {
  @Field()
  cadreId: string;

  @Field(() => Int)
  version: number;

  @Field({ description: 'Code of the dimension (piliers, feuille-de-route…).' })
  dimension: string;

  @Field(() => String, { nullable: true, description: 'Unique across all versions of the cadre.' })
  noeudId?: string | null;

  @Field(() => String, { nullable: true })
  parentId?: string | null;

  @Field(() => Int, { nullable: true, description: '0-based level; deduced from the parent.' })
  niveau?: number | null;

  @Field(() => String, { nullable: true, description: 'Numbering printed in the source ("1.2").' })
  code?: string | null;

  @Field({ description: 'Verbatim from the source, typos included.' })
  libelle: string;

  @Field(() => String, { nullable: true })
  libelleAffiche?: string | null;

  @Field(() => [String], { nullable: true })
  variantes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Nodes of other dimensions of the same version this one relates to.' })
  liens?: string[] | null;
}
