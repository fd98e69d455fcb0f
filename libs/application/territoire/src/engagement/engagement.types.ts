import { Directive, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { StatutEngagement } from '@cdv/domain-territoire';
import { StatutEngagementEnum, TypeCibleEnum, TYPES_CIBLE } from '../shared/enums';
import { CadreStrategiqueNoeudRef } from '../shared/types';
import { territoireScope } from '../territoire.graphql-scope';

@ObjectType({ ...territoireScope, description: 'A target as printed: valeur, intervalle (min–max), a_definir, or texte (a rule in words).' })
export class EngagementCibleValeur {
  @Field(() => TypeCibleEnum)
  type: (typeof TYPES_CIBLE)[number];

  @Field(() => String, { nullable: true })
  valeur: string | null;

  @Field(() => String, { nullable: true })
  min: string | null;

  @Field(() => String, { nullable: true })
  max: string | null;

  @Field(() => String, { nullable: true })
  texte: string | null;
}

@ObjectType({ ...territoireScope, description: 'Baseline of a target.' })
export class EngagementCibleReference {
  @Field(() => String, { nullable: true })
  valeur: string | null;

  @Field()
  libelle: string;
}

@ObjectType({ isAbstract: true })
export abstract class CibleFields {
  @Field()
  indicateurId: string;

  @Field(() => Int, { nullable: true })
  annee: number | null;

  @Field(() => String, { nullable: true })
  periode: string | null;

  @Field(() => String, { nullable: true })
  ventilation: string | null;

  @Field(() => EngagementCibleValeur)
  cible: EngagementCibleValeur;

  @Field(() => EngagementCibleReference, { nullable: true })
  reference: EngagementCibleReference | null;

  @Field(() => String, { nullable: true })
  qualificatif: string | null;
}

@ObjectType({ ...territoireScope, description: 'An earlier target, replaced with a reason.' })
export class EngagementCibleHistorique {
  @Field(() => EngagementCibleValeur)
  cible: EngagementCibleValeur;

  @Field(() => String, { nullable: true, description: 'Why, as the author of the change said it (the command’s reason).' })
  reason: string | null;

  @Field(() => String, { nullable: true, deprecationReason: 'Use reason (the same value; plumbing words are English, docs/api.md « Names »).' })
  motif: string | null;

  @Field({ description: 'When it was replaced (recorded time).' })
  le: string;
}

@ObjectType({ ...territoireScope, description: 'The target of an indicator of a commitment, for a year or period and a breakdown.' })
export class EngagementCible extends CibleFields {
  @Field(() => [EngagementCibleHistorique])
  historique: EngagementCibleHistorique[];
}

@ObjectType({ ...territoireScope, description: 'An organisation responsible for a commitment, as printed; linked to a partner when one matches.' })
export class EngagementResponsable {
  @Field(() => String, { nullable: true })
  partenaireId: string | null;

  @Field()
  libelle: string;
}

@ObjectType(territoireScope)
export class EngagementStatutHistorique {
  @Field(() => StatutEngagementEnum)
  statut: StatutEngagement;

  @Field(() => String, { nullable: true })
  depuis: string | null;

  @Field(() => String, { nullable: true })
  commentaire: string | null;

  @Field(() => String, { nullable: true, description: 'Why, as the author of the change said it (the command’s reason).' })
  reason: string | null;

  @Field(() => String, { nullable: true, deprecationReason: 'Use reason (the same value; plumbing words are English, docs/api.md « Names »).' })
  motif: string | null;
}

@ObjectType({
  ...territoireScope,
  description: 'A partner’s commitment in the contract: objective, responsible organisations, means, indicators with targets.',
})
@Directive('@key(fields: "id")')
export class Engagement {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  contratId: string | null;

  @Field(() => String, { nullable: true })
  groupe: string | null;

  @Field(() => String, { nullable: true })
  priorite: string | null;

  @Field()
  objectif: string;

  @Field(() => [EngagementResponsable])
  responsables: EngagementResponsable[];

  @Field(() => String, { nullable: true })
  moyens: string | null;

  @Field(() => [CadreStrategiqueNoeudRef])
  noeuds: CadreStrategiqueNoeudRef[];

  @Field(() => [String])
  indicateurIds: string[];

  @Field(() => [EngagementCible])
  cibles: EngagementCible[];

  @Field(() => String, { nullable: true })
  echeance: string | null;

  @Field(() => StatutEngagementEnum)
  statut: StatutEngagement;

  @Field(() => [EngagementStatutHistorique])
  historiqueStatuts: EngagementStatutHistorique[];
}

@InputType({ ...territoireScope, description: 'Filters of the engagements query; all given ones apply.' })
export class EngagementsFilter {
  @Field(() => String, { nullable: true })
  contratId?: string | null;

  @Field(() => String, { nullable: true, description: 'A registered partner among the responsables.' })
  partenaireId?: string | null;

  @Field(() => String, { nullable: true, description: 'A node of the cadre stratégique (any version).' })
  noeudId?: string | null;

  @Field(() => String, { nullable: true })
  indicateurId?: string | null;

  @Field(() => StatutEngagementEnum, { nullable: true })
  statut?: StatutEngagement | null;

  @Field(() => String, { nullable: true, description: 'Part of the objective, priority or group.' })
  texte?: string | null;
}
