import { registerEnumType } from '@nestjs/graphql';
import {
  ETAPES_REGLE,
  FINANCEUR_CATEGORIES,
  MODALITES_FINANCEMENT,
  NATURES_FINANCEMENT,
  PORTEUR_KINDS,
  STATUTS_DOSSIER,
  type EtapeCorrigeable,
  type EtapeRegle,
  type FinanceurCategorie,
  type ModaliteFinancement,
  type NatureFinancement,
  type PorteurKind,
  type StatutAppel,
  type StatutDossier,
  type StatutLigne,
  type TypeConvention,
  type TypeVersement,
  type ValeurAvis,
} from '@cdv/domain-programmation';
import { DOSSIER_SORT_FIELDS, REGLES_COMPTAGE, type DossierSortField, type RegleComptage } from '@cdv/projections-programmation';
import { programmationScope } from '../programmation.graphql-scope';

/** A GraphQL enum whose names are the domain's values (no translation layer to keep in sync). */
export function enumOf<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;
}

export const StatutDossierEnum = enumOf<StatutDossier>(STATUTS_DOSSIER);
registerEnumType(StatutDossierEnum, {
  ...programmationScope,
  name: 'StatutDossier',
  description: 'depose → en_instruction → retenu → conventionne → en_cours → bilan_depose → solde; non_retenu, ajourne, abandonne.',
});

export const StatutLigneEnum = enumOf<StatutLigne>(['demande', 'propose', 'vote', 'refuse', 'engage', 'verse', 'justifie']);
registerEnumType(StatutLigneEnum, {
  ...programmationScope,
  name: 'StatutLigneFinancement',
  description: 'demande → propose → vote | refuse → engage → verse → justifie.',
});

export const DecisionDossierEnum = enumOf<'retenu' | 'non_retenu' | 'ajourne'>(['retenu', 'non_retenu', 'ajourne']);
registerEnumType(DecisionDossierEnum, { ...programmationScope, name: 'DecisionDossier', description: 'What the comité decided for a dossier.' });

export const FinanceurCategorieEnum = enumOf<FinanceurCategorie>(FINANCEUR_CATEGORIES);
registerEnumType(FinanceurCategorieEnum, {
  ...programmationScope,
  name: 'FinanceurCategorie',
  description: 'The eight financeur categories of the rapport politique de la ville.',
});

export const NatureFinancementEnum = enumOf<NatureFinancement>(NATURES_FINANCEMENT);
registerEnumType(NatureFinancementEnum, {
  ...programmationScope,
  name: 'NatureFinancement',
  description: 'credits_specifiques (politique de la ville) or droit_commun.',
});

export const ModaliteFinancementEnum = enumOf<ModaliteFinancement>(MODALITES_FINANCEMENT);
registerEnumType(ModaliteFinancementEnum, {
  ...programmationScope,
  name: 'ModaliteFinancement',
  description: 'numeraire (money), nature (in kind) or technique (technical support): only numeraire lines carry an amount.',
});

export const PorteurKindEnum = enumOf<PorteurKind>(PORTEUR_KINDS);
registerEnumType(PorteurKindEnum, { ...programmationScope, name: 'PorteurKind', description: 'Kind of organisation carrying a dossier (report grouping).' });

export const ValeurAvisEnum = enumOf<ValeurAvis>(['favorable', 'reserve', 'defavorable']);
registerEnumType(ValeurAvisEnum, { ...programmationScope, name: 'ValeurAvis' });

export const TypeVersementEnum = enumOf<TypeVersement>(['avance', 'acompte', 'solde']);
registerEnumType(TypeVersementEnum, { ...programmationScope, name: 'TypeVersement' });

export const TypeConventionEnum = enumOf<TypeConvention>(['annuelle', 'pluriannuelle']);
registerEnumType(TypeConventionEnum, { ...programmationScope, name: 'TypeConvention', description: 'annuelle, or pluriannuelle (CPO, 2 to 4 years).' });

export const EtapeCorrigeableEnum = enumOf<EtapeCorrigeable>(['demande', 'propose', 'vote', 'engage', 'justifie']);
registerEnumType(EtapeCorrigeableEnum, {
  ...programmationScope,
  name: 'EtapeCorrigeable',
  description: 'The stage of a line whose amount a correction changes.',
});

export const StatutAppelEnum = enumOf<StatutAppel>(['ouvert', 'clos', 'exercice_clos']);
registerEnumType(StatutAppelEnum, { ...programmationScope, name: 'StatutAppel' });

export const QualiteMembreEnum = enumOf<'financeur' | 'partenaire' | 'presidence'>(['financeur', 'partenaire', 'presidence']);
registerEnumType(QualiteMembreEnum, { ...programmationScope, name: 'QualiteMembreComite' });

export const ResultatLigneEnum = enumOf<'vote' | 'refuse'>(['vote', 'refuse']);
registerEnumType(ResultatLigneEnum, { ...programmationScope, name: 'ResultatLigneComite' });

export const RegleComptageEnum = enumOf<RegleComptage>(Object.keys(REGLES_COMPTAGE) as RegleComptage[]);
registerEnumType(RegleComptageEnum, {
  ...programmationScope,
  name: 'RegleComptage',
  description:
    'How retained projects are counted: dossier (one per dossier), action_declaree (a grouped line counts its actions), dossier_credits_specifiques (dossiers with a voted BOP 147 line).',
});

export const DossiersSortFieldEnum = enumOf<DossierSortField>(Object.keys(DOSSIER_SORT_FIELDS) as DossierSortField[]);
registerEnumType(DossiersSortFieldEnum, { ...programmationScope, name: 'DossiersSortField' });

export const SortDirectionEnum = enumOf<'asc' | 'desc'>(['asc', 'desc']);
registerEnumType(SortDirectionEnum, { ...programmationScope, name: 'SortDirection' });

/** The former names of the same enums, for the deprecated `tri` argument (one release). */
export const DossierTriChampEnum = enumOf<DossierSortField>(Object.keys(DOSSIER_SORT_FIELDS) as DossierSortField[]);
registerEnumType(DossierTriChampEnum, { ...programmationScope, name: 'DossierTriChamp' });

export const DossierTriSensEnum = enumOf<'asc' | 'desc'>(['asc', 'desc']);
registerEnumType(DossierTriSensEnum, { ...programmationScope, name: 'DossierTriSens' });

export const EtapeRegleEnum = enumOf<EtapeRegle>(ETAPES_REGLE);
registerEnumType(EtapeRegleEnum, {
  ...programmationScope,
  name: 'EtapeRegleFinancement',
  description: 'When a rule is checked: when the line is asked, proposed or voted.',
});

export const TypeRegleEnum = enumOf<'plafond' | 'minimum' | 'taux_max' | 'egal_a'>(['plafond', 'minimum', 'taux_max', 'egal_a']);
registerEnumType(TypeRegleEnum, { ...programmationScope, name: 'TypeRegleFinancement' });

export const ApplicationRegleEnum = enumOf<'bloquant' | 'avertissement'>(['bloquant', 'avertissement']);
registerEnumType(ApplicationRegleEnum, {
  ...programmationScope,
  name: 'ApplicationRegleFinancement',
  description: 'bloquant refuses the command; avertissement is recorded on the event.',
});

export const AssietteRegleEnum = enumOf<'cout_total' | 'depenses_eligibles'>(['cout_total', 'depenses_eligibles']);
registerEnumType(AssietteRegleEnum, { ...programmationScope, name: 'AssietteRegleFinancement' });
