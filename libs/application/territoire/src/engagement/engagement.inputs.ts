import { Field, InputType } from '@nestjs/graphql';
import type { Cible, RefOrganisation } from '@cdv/domain-territoire';
import { TypeCibleEnum, TYPES_CIBLE } from '../shared/enums';
import { territoireScope } from '../territoire.graphql-scope';

/** Input sub-types of the engagement use cases. */

@InputType({ ...territoireScope, description: 'An organisation as the document names it, linked to a registered partner when one matches.' })
export class EngagementResponsableInput {
  @Field(() => String, { nullable: true })
  partenaireId?: string | null;

  @Field({ description: 'The label as printed.' })
  libelle: string;
}

export function organisation(input: EngagementResponsableInput): RefOrganisation {
  return { partenaireId: input.partenaireId ?? null, libelle: input.libelle };
}

@InputType({
  ...territoireScope,
  description: 'A target as documents print them: valeur (valeur), intervalle (min, max), a_definir, or texte (a rule in words).',
})
export class EngagementCibleValeurInput {
  @Field(() => TypeCibleEnum)
  type: (typeof TYPES_CIBLE)[number];

  @Field(() => String, { nullable: true, description: 'Decimal, for type valeur.' })
  valeur?: string | null;

  @Field(() => String, { nullable: true, description: 'Decimal, for type intervalle.' })
  min?: string | null;

  @Field(() => String, { nullable: true, description: 'Decimal, for type intervalle.' })
  max?: string | null;

  @Field(() => String, { nullable: true, description: 'For type texte.' })
  texte?: string | null;
}

/** The flat GraphQL input to the domain's union; a missing member reaches the decider as "" and is refused there with its field. */
export function cible(input: EngagementCibleValeurInput): Cible {
  switch (input.type) {
    case 'valeur':
      return { type: 'valeur', valeur: input.valeur ?? '' };
    case 'intervalle':
      return { type: 'intervalle', min: input.min ?? '', max: input.max ?? '' };
    case 'a_definir':
      return { type: 'a_definir' };
    case 'texte':
      return { type: 'texte', texte: input.texte ?? '' };
  }
}

@InputType({ ...territoireScope, description: 'Baseline of a target ("actuellement 50 sites suivis").' })
export class EngagementCibleReferenceInput {
  @Field(() => String, { nullable: true })
  valeur?: string | null;

  @Field()
  libelle: string;
}
