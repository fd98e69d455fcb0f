import { normaliser } from '@cdv/projections-programmation';

/**
 * The columns an import understands, with the header spellings EPCIs use (compared without case, accents or
 * punctuation). docs/import-programmation.md documents them; keep both in step.
 */
export const COLONNES = {
  reference: {
    libelle: 'Référence du dossier',
    niveau: 'dossier',
    alias: ['reference', 'ref', 'n dossier', 'numero de dossier', 'numero dossier', 'dossier', 'code dossier', 'n dauphin', 'reference dauphin', 'id dossier'],
  },
  annee: { libelle: 'Année', niveau: 'dossier', alias: ['annee', 'exercice', 'millesime', 'annee de programmation'] },
  titre: {
    libelle: 'Intitulé de l\u2019action',
    niveau: 'dossier',
    alias: ['intitule', 'titre', 'intitule de l action', 'action', 'nom de l action', 'projet', 'intitule du projet'],
  },
  description: { libelle: 'Description', niveau: 'dossier', alias: ['description', 'objet', 'objectifs', 'descriptif'] },
  porteur: {
    libelle: 'Porteur',
    niveau: 'dossier',
    alias: ['porteur', 'porteur de projet', 'structure', 'organisme', 'nom du porteur', 'structure porteuse', 'operateur'],
  },
  porteur_siret: { libelle: 'SIRET du porteur', niveau: 'dossier', alias: ['siret', 'siret porteur', 'n siret', 'siret du porteur'] },
  communes: { libelle: 'Commune(s)', niveau: 'dossier', alias: ['commune', 'commune s', 'communes', 'territoire', 'lieu de l action', 'ville', 'code insee'] },
  qpv: {
    libelle: 'QPV',
    niveau: 'dossier',
    alias: ['qpv', 'quartier', 'quartiers', 'quartier s', 'quartier prioritaire', 'qpv concernes', 'code qpv', 'quartiers prioritaires'],
  },
  publics: { libelle: 'Publics', niveau: 'dossier', alias: ['public', 'publics', 'public cible', 'publics cibles'] },
  pilier: { libelle: 'Pilier', niveau: 'dossier', alias: ['pilier'] },
  orientation: { libelle: 'Orientation', niveau: 'dossier', alias: ['orientation', 'objectif strategique', 'orientation strategique'] },
  objectif: { libelle: 'Objectif opérationnel', niveau: 'dossier', alias: ['objectif operationnel', 'objectif'] },
  priorite: { libelle: 'Priorité', niveau: 'dossier', alias: ['priorite', 'priorite feuille de route'] },
  sous_priorite: { libelle: 'Sous-priorité', niveau: 'dossier', alias: ['sous priorite', 'sous priorites'] },
  thematique: { libelle: 'Thématique', niveau: 'dossier', alias: ['thematique', 'theme'] },
  cout_total: {
    libelle: 'Coût total',
    niveau: 'dossier',
    alias: ['cout total', 'budget total', 'cout de l action', 'montant total', 'budget', 'depenses', 'cout total de l action', 'depenses totales'],
  },
  date_debut: { libelle: 'Date de début', niveau: 'dossier', alias: ['date de debut', 'debut', 'date debut'] },
  date_fin: { libelle: 'Date de fin', niveau: 'dossier', alias: ['date de fin', 'fin', 'date fin'] },
  date_depot: { libelle: 'Date de dépôt', niveau: 'dossier', alias: ['date de depot', 'depose le', 'date depot'] },
  nombre_actions: { libelle: 'Nombre d\u2019actions', niveau: 'dossier', alias: ['nombre d actions', 'nb actions', 'nombre actions'] },
  serie: { libelle: 'Série', niveau: 'dossier', alias: ['serie', 'identifiant serie'] },
  rang: { libelle: 'Année de reconduction', niveau: 'dossier', alias: ['rang', 'annee de reconduction', 'reconduction', 'nieme annee'] },
  decision: { libelle: 'Décision', niveau: 'dossier', alias: ['decision', 'avis du comite', 'statut', 'decision comite', 'decision du comite'] },
  date_decision: { libelle: 'Date de la décision', niveau: 'dossier', alias: ['date de decision', 'date du comite', 'date decision'] },
  financeur: { libelle: 'Financeur', niveau: 'ligne', alias: ['financeur', 'cofinanceur', 'organisme financeur', 'financeurs'] },
  categorie_financeur: { libelle: 'Catégorie du financeur', niveau: 'ligne', alias: ['categorie financeur', 'type de financeur', 'categorie du financeur'] },
  nature: { libelle: 'Nature des crédits', niveau: 'ligne', alias: ['nature', 'nature des credits', 'type de credits', 'credits'] },
  dispositif: { libelle: 'Dispositif', niveau: 'ligne', alias: ['dispositif', 'programme', 'bop', 'fonds'] },
  montant_demande: {
    libelle: 'Montant demandé',
    niveau: 'ligne',
    alias: ['montant demande', 'demande', 'subvention demandee', 'montant sollicite', 'sollicite'],
  },
  montant_propose: { libelle: 'Montant proposé', niveau: 'ligne', alias: ['montant propose', 'propose', 'proposition'] },
  montant_vote: {
    libelle: 'Montant voté',
    niveau: 'ligne',
    alias: ['montant vote', 'vote', 'montant accorde', 'accorde', 'subvention accordee', 'montant attribue', 'attribue'],
  },
} as const;

export type Colonne = keyof typeof COLONNES;

/** Every spelling read as each column: its canonical header (the one docs/import-programmation.md shows), its key, its aliases. */
const LECTURES = new Map<Colonne, ReadonlySet<string>>(
  (Object.keys(COLONNES) as Colonne[]).map((c) => [c, new Set([normaliser(COLONNES[c].libelle), c.replace(/_/g, ' '), ...COLONNES[c].alias])]),
);

/** Columns a file must have. `annee` may instead come from the import's default year. */
export const COLONNES_OBLIGATOIRES: readonly Colonne[] = ['reference', 'titre', 'porteur', 'cout_total', 'financeur', 'montant_demande'];

/** Maps header cells to columns; returns the unknown headers too (reported as warnings, their data ignored). */
export function lireEntete(entete: readonly string[]): { colonnes: Map<Colonne, number>; inconnues: Array<{ index: number; libelle: string }> } {
  const colonnes = new Map<Colonne, number>();
  const inconnues: Array<{ index: number; libelle: string }> = [];
  entete.forEach((cellule, index) => {
    const cle = normaliser(cellule);
    if (!cle) return;
    const colonne = (Object.keys(COLONNES) as Colonne[]).find((c) => LECTURES.get(c)?.has(cle));
    if (colonne && !colonnes.has(colonne)) colonnes.set(colonne, index);
    else inconnues.push({ index, libelle: cellule });
  });
  return { colonnes, inconnues };
}

/**
 * Index of the header row: the first of the file's first rows that names at least three known columns (spreadsheets
 * often carry a title and a blank row above the table); otherwise the first non-empty row, so that the missing
 * columns are reported against it.
 */
export function indexEntete(rows: readonly (readonly string[])[], within = 20): number {
  const premiere = rows.findIndex((cells) => cells.some((c) => c.trim()));
  for (let index = Math.max(premiere, 0); index < Math.min(rows.length, within); index++) {
    if (lireEntete(rows[index]).colonnes.size >= 3) return index;
  }
  return Math.max(premiere, 0);
}
