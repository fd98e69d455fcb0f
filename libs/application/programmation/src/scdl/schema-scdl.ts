import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import schema from './scdl-subventions-2.1.1.schema.json';
import { estSiretValide } from '@cdv/shared-kernel';

/** The JSON Schema of a row (scdl-subventions-2.1.1.schema.json), for whoever checks a file independently. */
export const SCHEMA_SCDL_SUBVENTIONS = schema;

/** The 16 fields of SCDL « subventions » 2.1.1, in the schema's order: the file's header. */
export const CHAMPS_SCDL = [
  'nomAttribuant',
  'idAttribuant',
  'dateConvention',
  'referenceDecision',
  'nomBeneficiaire',
  'idBeneficiaire',
  'rnaBeneficiaire',
  'objet',
  'montant',
  'nature',
  'conditionsVersement',
  'datesPeriodeVersement',
  'idRAE',
  'notificationUE',
  'pourcentageSubvention',
  'dispositifAide',
] as const;
export type ChampScdl = (typeof CHAMPS_SCDL)[number];

/** One row as the schema types it: amounts and shares are numbers, missing values are absent. */
export interface LigneScdl {
  nomAttribuant: string;
  idAttribuant?: string;
  dateConvention?: string;
  referenceDecision?: string;
  nomBeneficiaire: string;
  idBeneficiaire?: string;
  rnaBeneficiaire?: string;
  objet: string;
  montant: number;
  nature: string;
  conditionsVersement: string;
  datesPeriodeVersement: string;
  idRAE?: string;
  notificationUE: 'oui' | 'non';
  pourcentageSubvention: number;
  dispositifAide?: string;
}

/** Why a row cannot be published: the field, a stable code and a sentence saying what to fix. */
export interface RaisonScdl {
  champ: string;
  code: 'OBLIGATOIRE' | 'FORMAT' | 'VALEUR' | 'CONVENTION_ABSENTE';
  message: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function dateReelle(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** Compiled once: ajv with the schema's formats (date), and ours (siret, periode), every error reported. */
const valider: ValidateFunction<LigneScdl> = (() => {
  // strict, except for `required` inside the if/then branches, which name properties declared at the top
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
  addFormats(ajv, ['date']);
  ajv.addFormat('siret', { type: 'string', validate: (value: string) => estSiretValide(value) });
  ajv.addFormat('periode', {
    type: 'string',
    validate: (value: string) => {
      const [debut, fin] = value.split('/');
      return dateReelle(debut) && (fin === undefined || (dateReelle(fin) && fin >= debut));
    },
  });
  return ajv.compile<LigneScdl>(schema);
})();

const LIBELLES_CHAMPS: Record<ChampScdl, string> = {
  nomAttribuant: 'le nom de l’attribuant',
  idAttribuant: 'le SIRET de l’attribuant',
  dateConvention: 'la date de la convention',
  referenceDecision: 'la référence de la décision',
  nomBeneficiaire: 'le nom du bénéficiaire',
  idBeneficiaire: 'le SIRET du bénéficiaire',
  rnaBeneficiaire: 'le numéro RNA du bénéficiaire',
  objet: 'l’objet',
  montant: 'le montant',
  nature: 'la nature',
  conditionsVersement: 'les conditions de versement',
  datesPeriodeVersement: 'la date ou période de versement',
  idRAE: 'l’identifiant RAE',
  notificationUE: 'la notification UE',
  pourcentageSubvention: 'le pourcentage de la subvention',
  dispositifAide: 'le dispositif d’aide',
};

function raisonDe(error: ErrorObject, ligne: Record<string, unknown>): RaisonScdl | null {
  if (error.keyword === 'if') return null; // the branch's own error says what is wrong
  if (error.keyword === 'required') {
    const champ = (error.params as { missingProperty: string }).missingProperty as ChampScdl;
    // inside the anyOf of an in-kind subsidy: the anyOf error says it once
    if (error.schemaPath.includes('anyOf')) return null;
    return { champ, code: 'OBLIGATOIRE', message: `${LIBELLES_CHAMPS[champ] ?? champ} manque (obligatoire)` };
  }
  if (error.keyword === 'anyOf') {
    return { champ: 'idBeneficiaire', code: 'OBLIGATOIRE', message: 'le bénéficiaire n’a ni SIRET ni numéro RNA' };
  }
  if (error.keyword === 'additionalProperties') {
    const champ = (error.params as { additionalProperty: string }).additionalProperty;
    return { champ, code: 'VALEUR', message: `${champ} n’est pas un champ du schéma SCDL « subventions »` };
  }
  const champ = error.instancePath.slice(1) as ChampScdl;
  const brut = JSON.stringify(ligne[champ]) ?? '';
  const valeur = brut.length > 60 ? `${brut.slice(0, 57)}…"` : brut;
  const quoi = `${LIBELLES_CHAMPS[champ] ?? champ} ${valeur}`;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'format':
      return { champ, code: 'FORMAT', message: `${quoi} n’est pas ${FORMATS[String(params.format)] ?? `au format ${String(params.format)}`}` };
    case 'pattern':
      return { champ, code: 'FORMAT', message: `${quoi} ne suit pas le motif ${String(params.pattern)}` };
    case 'type':
      return { champ, code: 'FORMAT', message: `${quoi} n’est pas ${params.type === 'number' ? 'un nombre' : 'un texte'}` };
    case 'maxLength':
      return { champ, code: 'VALEUR', message: `${quoi} dépasse ${String(params.limit)} caractères (${String(ligne[champ]).length})` };
    case 'minLength':
      return { champ, code: 'OBLIGATOIRE', message: `${LIBELLES_CHAMPS[champ] ?? champ} est vide` };
    case 'enum':
      return { champ, code: 'VALEUR', message: `${quoi} n’est pas l’une des valeurs permises (${(params.allowedValues as string[]).join(' | ')})` };
    case 'exclusiveMinimum':
      return { champ, code: 'VALEUR', message: `${quoi} doit être supérieur à ${String(params.limit)}` };
    case 'minimum':
    case 'maximum':
      return { champ, code: 'VALEUR', message: `${quoi} doit être ${error.keyword === 'minimum' ? 'au moins' : 'au plus'} ${String(params.limit)}` };
    default:
      return { champ, code: 'VALEUR', message: `${quoi} : ${error.message ?? error.keyword}` };
  }
}

const FORMATS: Record<string, string> = {
  siret: 'un SIRET (14 chiffres dont la clé de contrôle)',
  date: 'une date réelle AAAA-MM-JJ',
  periode: 'une date ou une période AAAA-MM-JJ/AAAA-MM-JJ dont la fin ne précède pas le début',
};

/**
 * Checks a row against the SCDL schema (scdl-subventions-2.1.1.schema.json, with ajv): the reasons it cannot be
 * published, empty when it can.
 */
export function validerLigneScdl(ligne: LigneScdl | Record<string, unknown>): RaisonScdl[] {
  if (valider(ligne)) return [];
  const raisons: RaisonScdl[] = [];
  for (const error of valider.errors ?? []) {
    const raison = raisonDe(error, ligne as Record<string, unknown>);
    if (raison && !raisons.some((r) => r.champ === raison.champ && r.code === raison.code)) raisons.push(raison);
  }
  return raisons;
}
