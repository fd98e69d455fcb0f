import { Field, InputType, Int } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import type { CategorieQuartier } from '@cdv/domain-territoire';
import { QpvCategorieEnum } from '../../shared/enums';
import { TerritoireCommuneInput } from '../../shared/inputs';
import { QpvLienInput, QpvReconnaissanceInput, QpvValiditeInput } from '../qpv.inputs';
import { territoireScope } from '../../territoire.graphql-scope';

@InputType(territoireScope)
export class DeclarerQpvInput extends CommandInput {
  @Field(() => String, { nullable: true, description: 'Client-chosen id; defaults to the code.' })
  qpvId?: string | null;

  @Field(() => QpvCategorieEnum)
  categorie: CategorieQuartier;

  @Field(() => String, { nullable: true, description: 'Official code (QP059012, QN05901M); only a QPV has one.' })
  code?: string | null;

  @Field(() => Int, { nullable: true, description: '2015 or 2024; deduced from the code when omitted.' })
  generation?: number | null;

  @Field(() => QpvValiditeInput, { nullable: true })
  validite?: QpvValiditeInput | null;

  @Field()
  nom: string;

  @Field(() => [String], { nullable: true })
  alias?: string[] | null;

  @Field(() => [TerritoireCommuneInput])
  communes: TerritoireCommuneInput[];

  @Field(() => [String], { nullable: true, description: 'Overlay zonings (NPNRU…).' })
  zonages?: string[] | null;

  @Field(() => QpvReconnaissanceInput, { nullable: true })
  reconnaissance?: QpvReconnaissanceInput | null;

  @Field(() => [QpvLienInput], { nullable: true, description: 'Quartiers of an earlier geography this one succeeds.' })
  predecesseurs?: QpvLienInput[] | null;
}
