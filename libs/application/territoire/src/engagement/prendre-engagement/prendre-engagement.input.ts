import { Field, InputType } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';
import type { StatutEngagement } from '@cdv/domain-territoire';
import { StatutEngagementEnum } from '../../shared/enums';
import { CadreStrategiqueNoeudRefInput } from '../../shared/inputs';
import { EngagementResponsableInput } from '../engagement.inputs';
import { territoireScope } from '../../territoire.graphql-scope';

@InputType(territoireScope)
export class PrendreEngagementInput extends CommandInput {
  @Field(() => String, { nullable: true })
  engagementId?: string | null;

  @Field(() => String, { nullable: true })
  contratId?: string | null;

  @Field(() => String, { nullable: true, description: 'Section of the source the commitment belongs to.' })
  groupe?: string | null;

  @Field(() => String, { nullable: true })
  priorite?: string | null;

  @Field()
  objectif: string;

  @Field(() => [EngagementResponsableInput])
  responsables: EngagementResponsableInput[];

  @Field(() => String, { nullable: true })
  moyens?: string | null;

  @Field(() => [CadreStrategiqueNoeudRefInput], { nullable: true })
  noeuds?: CadreStrategiqueNoeudRefInput[] | null;

  @Field(() => [String], { nullable: true })
  indicateurIds?: string[] | null;

  @Field(() => String, { nullable: true })
  echeance?: string | null;

  @Field(() => StatutEngagementEnum, { nullable: true })
  statut?: StatutEngagement | null;
}
