import type { CentsSum } from '@cdv/eventsourcing';
import { NOMBRE_ACTIONS_MAX, type FinanceurCategorie, type NatureFinancement, type PorteurKind } from '@cdv/domain-programmation';
import { exactSumOf, sumCents, withExactSums, type Aggregating } from './exact-sums';

/**
 * `programmation(annee)`: an aggregation pipeline over the `dossiers` collection (dossierListProjection). It is a
 * query, not a projection, so that it answers as-of without a read model of its own (an as-of rebuild of
 * `dossiers` is enough) and so that the counting rule is a parameter, not a rebuild.
 *
 * The documents count the same programmation several ways (seed 003 §5.8: 129 « retenus », 127 by pilier, 130
 * itemised in section 3). A count is meaningless without its rule, so the rule is a parameter and the answer
 * names it.
 */
export const REGLES_COMPTAGE = {
  dossier: {
    id: 'dossier',
    libelle: 'Un projet par dossier retenu',
    description: 'Each retained dossier counts once, whatever its financeurs or communes.',
  },
  dossier_credits_specifiques: {
    id: 'dossier_credits_specifiques',
    libelle: 'Dossiers retenus financés par les crédits spécifiques de l\u2019État (BOP 147)',
    description: 'Retained dossiers with a voted État crédits spécifiques line: the « 129 projets » accompanied by CGET credits (seed 003 L135).',
  },
  action_declaree: {
    id: 'action_declaree',
    libelle: 'Actions déclarées (une ligne groupée compte pour ses actions)',
    description: 'A retained dossier counts for its nombreActions: the « PRE à » 8 communes line counts 8, as the section 3 lists do (130, seed 003 §5.8).',
  },
} as const;
export type RegleComptage = keyof typeof REGLES_COMPTAGE;

export interface MontantsParNature {
  total: CentsSum;
  droitCommun: CentsSum;
  creditsSpecifiques: CentsSum;
}

/** Σ of each stage's amounts: exact sums (exact-sums.ts). */
export type SommesParEtape = Record<(typeof ETAPES)[number], CentsSum>;
const ETAPES = ['demande', 'propose', 'vote', 'engage', 'verse', 'justifie'] as const;

export interface GroupeProgrammation {
  /** Group key (pilier id, thématique id, QPV id, porteur kind); null for « non classé » / « hors QPV ». */
  cle: string | null;
  libelle: string;
  /** Counted under the summary's rule. */
  projets: number;
  dossiers: number;
  /** COUNT DISTINCT of porteurs in the group: never add these across groups (seed 003 §9.22: 45 ≠ Σ 76). */
  porteursDistincts: number;
  coutTotal: CentsSum;
  demande: MontantsParNature;
  vote: MontantsParNature;
}

export interface ProgrammationSummary {
  annee: number;
  regleComptage: (typeof REGLES_COMPTAGE)[RegleComptage];
  comptes: {
    deposes: number;
    retenus: number;
    nonRetenus: number;
    ajournes: number;
    abandonnes: number;
    enInstruction: number;
    /** Retained, counted under the rule. */
    projetsRetenus: number;
    porteursDeposants: number;
    porteursRetenus: number;
    coutTotalDeposes: CentsSum;
    coutTotalRetenus: CentsSum;
  };
  /** Σ per financeur category and nature over retained dossiers, every stage. */
  parFinanceur: Array<{ categorie: FinanceurCategorie; nature: NatureFinancement; lignes: number } & SommesParEtape>;
  parPilier: GroupeProgrammation[];
  parThematique: GroupeProgrammation[];
  /** A dossier targeting several QPV appears in each: these groups do not add up. */
  parQpv: GroupeProgrammation[];
  parPorteurKind: Array<GroupeProgrammation & { cle: PorteurKind | null }>;
}

/** The counts of a year without any dossier. */
export const COMPTES_VIDES: ProgrammationSummary['comptes'] = {
  deposes: 0,
  retenus: 0,
  nonRetenus: 0,
  ajournes: 0,
  abandonnes: 0,
  enInstruction: 0,
  projetsRetenus: 0,
  porteursDeposants: 0,
  porteursRetenus: 0,
  coutTotalDeposes: 0,
  coutTotalRetenus: 0,
};

/** The summary of a year without any dossier (a read model not built yet reads as empty: no facet document). */
export function programmationVide(annee: number, regle: RegleComptage): ProgrammationSummary {
  return {
    annee,
    regleComptage: REGLES_COMPTAGE[regle],
    comptes: COMPTES_VIDES,
    parFinanceur: [],
    parPilier: [],
    parThematique: [],
    parQpv: [],
    parPorteurKind: [],
  };
}

export interface ProgrammationSummaryArgs {
  annee: number;
  regle?: RegleComptage;
}

type Stage = Record<string, unknown>;

const RETENU = { $eq: ['$decision', 'retenu'] };
/**
 * MongoDB's $addToSet skips a missing value where mingo adds null: both add null for a dossier without porteur,
 * and the counts leave null out (docs/adr/0014-pipelines-that-mingo-and-mongodb-answer-alike.md).
 */
const PORTEUR_OU_NULL = { $ifNull: ['$porteur.id', null] };
const SANS_NULL = (set: string) => ({ $setDifference: [set, [null]] });
const ifRetenu = (value: unknown) => ({ $cond: [RETENU, value, 0] });

function poids(regle: RegleComptage): unknown {
  switch (regle) {
    case 'dossier':
      return 1;
    case 'action_declaree':
      // A count recorded before nombreActions was bounded counts at the bound: a group's count stays an Int.
      return { $min: ['$nombreActions', NOMBRE_ACTIONS_MAX] };
    case 'dossier_credits_specifiques':
      return {
        $cond: [
          {
            $gt: [
              {
                // $size of a missing array is an error on MongoDB and null in mingo: a dossier without lines has none
                $size: {
                  $filter: {
                    input: { $ifNull: ['$lignes', []] },
                    as: 'l',
                    cond: { $and: [{ $eq: ['$$l.categorie', 'etat_credits_specifiques'] }, { $gt: ['$$l.vote', 0] }] },
                  },
                },
              },
              0,
            ],
          },
          1,
          0,
        ],
      };
  }
}

const montants = (etape: 'demande' | 'vote') => ({
  ...sumCents(`${etape}Total`, `$totaux.${etape}`),
  ...sumCents(`${etape}DroitCommun`, `$totauxParNature.droit_commun.${etape}`),
  ...sumCents(`${etape}CreditsSpecifiques`, `$totauxParNature.credits_specifiques.${etape}`),
});
const montantsOf = (etape: 'demande' | 'vote') => ({
  total: exactSumOf(`${etape}Total`),
  droitCommun: exactSumOf(`${etape}DroitCommun`),
  creditsSpecifiques: exactSumOf(`${etape}CreditsSpecifiques`),
});

/** Retained dossiers grouped by `key`, labelled by `label` (or `fallback` when the dossier has none). */
function groupe(key: string, label: string | null, fallback: string, before: Stage[] = []): Stage[] {
  return [
    { $match: { decision: 'retenu' } },
    ...before,
    {
      $group: {
        _id: { $ifNull: [key, null] },
        libelle: { $max: label ?? key },
        projets: { $sum: '$_poids' },
        dossiers: { $sum: 1 },
        porteurs: { $addToSet: PORTEUR_OU_NULL },
        ...sumCents('coutTotal', '$coutTotal'),
        ...montants('demande'),
        ...montants('vote'),
      },
    },
    {
      $project: {
        _id: 0,
        cle: '$_id',
        libelle: { $ifNull: ['$libelle', fallback] },
        projets: 1,
        dossiers: 1,
        porteursDistincts: { $size: SANS_NULL('$porteurs') },
        coutTotal: exactSumOf('coutTotal'),
        demande: montantsOf('demande'),
        vote: montantsOf('vote'),
      },
    },
    { $sort: { cle: 1 } },
  ];
}

/**
 * One document: the programmation summary of `annee` under the counting rule (default `dossier`). Its amounts are
 * exact sums: read the result with `withExactSums` (exact-sums.ts).
 */
export function programmationSummaryPipeline({ annee, regle = 'dossier' }: ProgrammationSummaryArgs): Stage[] {
  return [
    { $match: { annee } },
    { $addFields: { _poids: poids(regle) } },
    {
      $facet: {
        comptes: [
          {
            $group: {
              _id: null,
              deposes: { $sum: 1 },
              retenus: { $sum: ifRetenu(1) },
              nonRetenus: { $sum: { $cond: [{ $eq: ['$decision', 'non_retenu'] }, 1, 0] } },
              ajournes: { $sum: { $cond: [{ $eq: ['$decision', 'ajourne'] }, 1, 0] } },
              abandonnes: { $sum: { $cond: [{ $eq: ['$statut', 'abandonne'] }, 1, 0] } },
              enInstruction: { $sum: { $cond: [{ $in: ['$statut', ['depose', 'en_instruction']] }, 1, 0] } },
              projetsRetenus: { $sum: ifRetenu('$_poids') },
              porteursDeposants: { $addToSet: PORTEUR_OU_NULL },
              porteursRetenus: { $addToSet: { $cond: [RETENU, PORTEUR_OU_NULL, null] } },
              ...sumCents('coutTotalDeposes', '$coutTotal'),
              ...sumCents('coutTotalRetenus', ifRetenu('$coutTotal')),
            },
          },
          {
            $project: {
              _id: 0,
              deposes: 1,
              retenus: 1,
              nonRetenus: 1,
              ajournes: 1,
              abandonnes: 1,
              enInstruction: 1,
              projetsRetenus: 1,
              porteursDeposants: { $size: SANS_NULL('$porteursDeposants') },
              porteursRetenus: { $size: SANS_NULL('$porteursRetenus') },
              coutTotalDeposes: exactSumOf('coutTotalDeposes'),
              coutTotalRetenus: exactSumOf('coutTotalRetenus'),
            },
          },
        ],
        parFinanceur: [
          { $match: { decision: 'retenu' } },
          { $unwind: '$lignes' },
          {
            $group: {
              _id: { categorie: '$lignes.categorie', nature: '$lignes.nature' },
              lignes: { $sum: 1 },
              ...Object.assign({}, ...ETAPES.map((etape) => sumCents(etape, `$lignes.${etape}`))),
            },
          },
          {
            $project: {
              _id: 0,
              categorie: '$_id.categorie',
              nature: '$_id.nature',
              lignes: 1,
              ...Object.fromEntries(ETAPES.map((etape) => [etape, exactSumOf(etape)])),
            },
          },
          { $sort: { categorie: 1, nature: 1 } },
        ],
        parPilier: groupe('$pilier.id', '$pilier.libelle', 'Non classé'),
        parThematique: groupe('$thematique.id', '$thematique.libelle', 'Non classé'),
        parQpv: groupe('$qpv.id', '$qpv.nom', 'Hors QPV ou non renseigné', [{ $unwind: { path: '$qpv', preserveNullAndEmptyArrays: true } }]),
        parPorteurKind: groupe('$porteur.kind', null, 'Non renseigné'),
      },
    },
    {
      $project: {
        annee: { $literal: annee },
        regleComptage: { $literal: REGLES_COMPTAGE[regle] },
        comptes: {
          $ifNull: [{ $arrayElemAt: ['$comptes', 0] }, COMPTES_VIDES],
        },
        parFinanceur: 1,
        parPilier: 1,
        parThematique: 1,
        parQpv: 1,
        parPorteurKind: 1,
      },
    },
  ];
}

/**
 * `programmation(annee)` read from the `dossiers` collection: the pipeline, its exact sums put back together, the
 * empty summary when the year has no dossier. Every reader (GraphQL, exports, benches) goes through here.
 */
export async function lireProgrammation(dossiers: Aggregating, { annee, regle = 'dossier' }: ProgrammationSummaryArgs): Promise<ProgrammationSummary> {
  const [summary] = await dossiers.aggregate(programmationSummaryPipeline({ annee, regle }));
  return summary ? withExactSums<ProgrammationSummary>(summary) : programmationVide(annee, regle);
}
