import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { Cents } from '@cdv/eventsourcing';
import type { EtapeRegle, FinanceurCategorie, NatureFinancement, PorteurKind, RegleFinancement, SelecteurLigne } from '@cdv/domain-programmation';
import { MontantScalar } from '@cdv/graphql-common';
import {
  ApplicationRegleEnum,
  AssietteRegleEnum,
  EtapeRegleEnum,
  FinanceurCategorieEnum,
  NatureFinancementEnum,
  PorteurKindEnum,
  TypeRegleEnum,
} from '../shared/programmation.enums';
import { programmationScope } from '../programmation.graphql-scope';

type TypeRegle = RegleFinancement['type'];

@ObjectType({ ...programmationScope, description: 'Which lines a rule is about; every given criterion must match, an empty selector matches every line.' })
export class SelecteurLigneFinancement {
  @Field(() => [String], { nullable: true })
  financeurIds: string[] | null;

  @Field(() => [FinanceurCategorieEnum], { nullable: true })
  categories: FinanceurCategorie[] | null;

  @Field(() => [NatureFinancementEnum], { nullable: true })
  natures: NatureFinancement[] | null;

  @Field(() => [String], { nullable: true, description: 'Dispositif ids (e.g. fonds-cohesion-sociale).' })
  dispositifs: string[] | null;
}

@ObjectType('RegleFinancement', {
  ...programmationScope,
  description: 'A financing rule of the workspace, checked when a line is asked, proposed, voted or corrected.',
})
export class RegleFinancementType {
  @Field()
  id: string;

  @Field()
  libelle: string;

  @Field(() => TypeRegleEnum)
  type: TypeRegle;

  @Field(() => ApplicationRegleEnum)
  application: 'bloquant' | 'avertissement';

  @Field(() => SelecteurLigneFinancement)
  cible: SelecteurLigneFinancement;

  @Field(() => [EtapeRegleEnum], { nullable: true })
  etapes: EtapeRegle[] | null;

  @Field(() => [PorteurKindEnum], { nullable: true })
  porteurKinds: PorteurKind[] | null;

  @Field(() => MontantScalar, { nullable: true, description: 'plafond' })
  montantMax: Cents | null;

  @Field(() => MontantScalar, { nullable: true, description: 'minimum' })
  montantMin: Cents | null;

  @Field(() => Float, { nullable: true, description: 'taux_max, in %' })
  tauxMaxPourcentage: number | null;

  @Field(() => AssietteRegleEnum, { nullable: true, description: 'taux_max' })
  assiette: 'cout_total' | 'depenses_eligibles' | null;

  @Field(() => MontantScalar, { nullable: true, description: 'taux_max: cap of the rate’s result' })
  plafond: Cents | null;

  @Field(() => SelecteurLigneFinancement, { nullable: true, description: 'egal_a: the reference lines' })
  reference: SelecteurLigneFinancement | null;
}

@ObjectType({ ...programmationScope, description: 'The financing rules in force (at the read point), with their version.' })
export class ReglesFinancement {
  @Field(() => Int, { description: 'Number of times the rules were defined (0: never).' })
  version: number;

  @Field(() => [RegleFinancementType])
  regles: RegleFinancementType[];
}

@InputType(programmationScope)
export class SelecteurLigneInput {
  @Field(() => [String], { nullable: true })
  financeurIds?: string[] | null;

  @Field(() => [FinanceurCategorieEnum], { nullable: true })
  categories?: FinanceurCategorie[] | null;

  @Field(() => [NatureFinancementEnum], { nullable: true })
  natures?: NatureFinancement[] | null;

  @Field(() => [String], { nullable: true })
  dispositifs?: string[] | null;
}

@InputType({
  ...programmationScope,
  description:
    'A rule; give the parameters of its type (plafond: montantMax; minimum: montantMin; taux_max: tauxMaxPourcentage, assiette, plafond?; egal_a: reference).',
})
export class RegleFinancementInput {
  @Field()
  id: string;

  @Field()
  libelle: string;

  @Field(() => TypeRegleEnum)
  type: TypeRegle;

  @Field(() => ApplicationRegleEnum)
  application: 'bloquant' | 'avertissement';

  @Field(() => SelecteurLigneInput)
  cible: SelecteurLigneInput;

  @Field(() => [EtapeRegleEnum], { nullable: true })
  etapes?: EtapeRegle[] | null;

  @Field(() => [PorteurKindEnum], { nullable: true })
  porteurKinds?: PorteurKind[] | null;

  @Field(() => MontantScalar, { nullable: true })
  montantMax?: Cents | null;

  @Field(() => MontantScalar, { nullable: true })
  montantMin?: Cents | null;

  @Field(() => Float, { nullable: true })
  tauxMaxPourcentage?: number | null;

  @Field(() => AssietteRegleEnum, { nullable: true })
  assiette?: 'cout_total' | 'depenses_eligibles' | null;

  @Field(() => MontantScalar, { nullable: true })
  plafond?: Cents | null;

  @Field(() => SelecteurLigneInput, { nullable: true })
  reference?: SelecteurLigneInput | null;
}

export function selecteurDe(input: SelecteurLigneInput | null | undefined): SelecteurLigne {
  const selecteur: SelecteurLigne = {};
  if (input?.financeurIds) selecteur.financeurIds = input.financeurIds;
  if (input?.categories) selecteur.categories = input.categories;
  if (input?.natures) selecteur.natures = input.natures;
  if (input?.dispositifs) selecteur.dispositifs = input.dispositifs;
  return selecteur;
}

/**
 * GraphQL has no input unions: one input type carries every rule type's parameters; the domain's union is built
 * here and the decider checks the parameters of the type (missing → VALIDATION_FAILED with the field).
 */
export function regleDe(input: RegleFinancementInput): RegleFinancement {
  const commune = {
    id: input.id,
    libelle: input.libelle,
    application: input.application,
    cible: selecteurDe(input.cible),
    ...(input.etapes ? { etapes: input.etapes } : {}),
    ...(input.porteurKinds ? { porteurKinds: input.porteurKinds } : {}),
  };
  switch (input.type) {
    case 'plafond':
      return { ...commune, type: 'plafond', montantMax: input.montantMax as Cents };
    case 'minimum':
      return { ...commune, type: 'minimum', montantMin: input.montantMin as Cents };
    case 'taux_max':
      return {
        ...commune,
        type: 'taux_max',
        tauxMaxPourcentage: input.tauxMaxPourcentage as number,
        assiette: input.assiette as 'cout_total' | 'depenses_eligibles',
        ...(input.plafond !== undefined && input.plafond !== null ? { plafond: input.plafond } : {}),
      };
    case 'egal_a':
      // Without its reference the rule is left incomplete on purpose: the decider names the missing field.
      return { ...commune, type: 'egal_a', ...(input.reference ? { reference: selecteurDe(input.reference) } : {}) } as RegleFinancement;
  }
}

export function toRegle(regle: RegleFinancement): RegleFinancementType {
  const selecteur = (value: SelecteurLigne): SelecteurLigneFinancement => ({
    financeurIds: value.financeurIds ?? null,
    categories: value.categories ?? null,
    natures: value.natures ?? null,
    dispositifs: value.dispositifs ?? null,
  });
  return {
    id: regle.id,
    libelle: regle.libelle,
    type: regle.type,
    application: regle.application,
    cible: selecteur(regle.cible),
    etapes: regle.etapes ?? null,
    porteurKinds: regle.porteurKinds ?? null,
    montantMax: regle.type === 'plafond' ? regle.montantMax : null,
    montantMin: regle.type === 'minimum' ? regle.montantMin : null,
    tauxMaxPourcentage: regle.type === 'taux_max' ? regle.tauxMaxPourcentage : null,
    assiette: regle.type === 'taux_max' ? regle.assiette : null,
    plafond: regle.type === 'taux_max' ? (regle.plafond ?? null) : null,
    reference: regle.type === 'egal_a' ? selecteur(regle.reference) : null,
  };
}
