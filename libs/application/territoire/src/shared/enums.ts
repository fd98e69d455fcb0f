import { registerEnumType } from '@nestjs/graphql';
import {
  CATEGORIES_FINANCEUR,
  CATEGORIES_QUARTIER,
  NATURES_AVENANT,
  NATURES_INDICATEUR,
  NATURES_PARTENAIRE,
  PERIMETRES_STATISTIQUE,
  ROLES_PARTENAIRE,
  SEXES,
  STATUTS_ENGAGEMENT,
  TYPES_SUJET,
  VENTILATIONS,
} from '@cdv/domain-territoire';
import { territoireScope } from '../territoire.graphql-scope';

/**
 * GraphQL enums of the territoire context. Values are the domain's own (lower case, as stored in events), so
 * inputs map to commands without translation. Names carry their owner: the schema is shared with other contexts.
 */
function enumOf<T extends string>(values: readonly T[], name: string, description: string): Record<T, T> {
  const enumeration = Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;
  registerEnumType(enumeration, { ...territoireScope, name, description });
  return enumeration;
}

export const QpvCategorieEnum = enumOf(
  CATEGORIES_QUARTIER,
  'QpvCategorie',
  'qpv (national list), quartier_veille_active, quartier_interet_communautaire (the EPCI’s own geography)',
);
export const QPV_STATUTS = ['actif', 'remplace', 'retire'] as const;
export const QpvStatutEnum = enumOf(QPV_STATUTS, 'QpvStatut', 'actif (on the map), remplace (by the next geography), retire');
export const PerimetreStatistiqueEnum = enumOf(PERIMETRES_STATISTIQUE, 'TerritoirePerimetreStatistique', 'The scale a statistic describes.');
export const NaturePartenaireEnum = enumOf(NATURES_PARTENAIRE, 'PartenaireNature', 'Kind of organisation.');
export const RolePartenaireEnum = enumOf(ROLES_PARTENAIRE, 'PartenaireRole', 'What the organisation does in the contract.');
export const CategorieFinanceurEnum = enumOf(CATEGORIES_FINANCEUR, 'PartenaireCategorieFinanceur', 'The financeur categories of the yearly report.');
export const NatureAvenantEnum = enumOf(NATURES_AVENANT, 'ContratNatureAvenant', 'Legal form of an amending document, as its source names it.');
export const STATUTS_CADRE = ['courante', 'remplacee'] as const;
export const StatutCadreEnum = enumOf(STATUTS_CADRE, 'CadreStrategiqueStatut', 'courante (editable), remplacee (frozen by a later version)');
export const StatutEngagementEnum = enumOf(STATUTS_ENGAGEMENT, 'EngagementStatut', 'Follow-up status of a commitment.');
export const TYPES_CIBLE = ['valeur', 'intervalle', 'a_definir', 'texte'] as const;
export const TypeCibleEnum = enumOf(TYPES_CIBLE, 'EngagementCibleType', 'valeur (valeur), intervalle (min, max), a_definir, texte (a rule in words)');
export const NatureIndicateurEnum = enumOf(NATURES_INDICATEUR, 'IndicateurNature', 'stock (read at a date) or flux (counted over a period)');
export const TypeVentilationEnum = enumOf(VENTILATIONS, 'IndicateurVentilationType', 'Breakdowns an indicator’s values may carry.');
export const SexeEnum = enumOf(SEXES, 'IndicateurSexe', 'Breakdown by sex.');
export const TypeSujetEnum = enumOf(TYPES_SUJET, 'ChiffreDeclareSujetType', 'What a reported figure is about.');
export const STATUTS_CHIFFRE = ['concorde', 'ecart', 'non_calculable'] as const;
export const StatutChiffreEnum = enumOf(
  STATUTS_CHIFFRE,
  'ChiffreDeclareStatut',
  'concorde, ecart (stated and computed differ at the printed precision), non_calculable',
);
