import { choisirColonnes, type Colonne, type DefinitionExport, type Tableau } from '@cdv/exports';
import { ApiError } from '@cdv/graphql-common';
import {
  appelFilter,
  appelProjection,
  avecEnveloppes,
  dossierListProjection,
  lireGrandLivre,
  lireProgrammation,
  REGLES_COMPTAGE,
  type AppelDocument,
  type GroupeProgrammation,
  type LedgerRowAvecEnveloppe,
  type ProgrammationSummary,
  type RegleComptage,
} from '@cdv/projections-programmation';
import { LECTEURS_TABLEAUX_DE_BORD } from '../shared/acces';
import { libelle, LIBELLES_CATEGORIE, LIBELLES_NATURE, LIBELLES_PORTEUR } from './libelles';

const ETAPES = [
  ['demande', 'Demandé'],
  ['propose', 'Proposé'],
  ['vote', 'Voté'],
  ['engage', 'Engagé'],
  ['verse', 'Versé'],
  ['justifie', 'Justifié'],
] as const;

// ── Grand livre des financeurs: lignesFinancement(annee, financeur) ──────────────────────────────────────────

export const COLONNES_GRAND_LIVRE: Array<Colonne<LedgerRowAvecEnveloppe>> = [
  { id: 'financeurId', libelle: 'Financeur (identifiant)', type: 'texte', valeur: (r) => r.financeurId },
  { id: 'financeur', libelle: 'Financeur', type: 'texte', parDefaut: true, valeur: (r) => r.financeurNom },
  { id: 'categories', libelle: 'Catégories', type: 'liste', parDefaut: true, valeur: (r) => r.categories.map((c) => libelle(LIBELLES_CATEGORIE, c)) },
  { id: 'lignes', libelle: 'Lignes', type: 'entier', parDefaut: true, valeur: (r) => r.lignes },
  { id: 'lignesVotees', libelle: 'Lignes votées', type: 'entier', parDefaut: true, valeur: (r) => r.lignesVotees },
  { id: 'lignesRefusees', libelle: 'Lignes refusées', type: 'entier', valeur: (r) => r.lignesRefusees },
  { id: 'dossiers', libelle: 'Dossiers', type: 'entier', parDefaut: true, valeur: (r) => r.dossiers },
  ...ETAPES.map(([etape, nom]): Colonne<LedgerRowAvecEnveloppe> => ({
    id: etape,
    libelle: `${nom} (€)`,
    type: 'montant',
    parDefaut: true,
    valeur: (r) => r[etape],
  })),
  ...ETAPES.map(([etape, nom]): Colonne<LedgerRowAvecEnveloppe> => ({
    id: `${etape}DroitCommun`,
    libelle: `${nom}, droit commun (€)`,
    type: 'montant',
    valeur: (r) => r.parNature.droitCommun[etape],
  })),
  ...ETAPES.map(([etape, nom]): Colonne<LedgerRowAvecEnveloppe> => ({
    id: `${etape}CreditsSpecifiques`,
    libelle: `${nom}, crédits spécifiques (€)`,
    type: 'montant',
    valeur: (r) => r.parNature.creditsSpecifiques[etape],
  })),
  { id: 'enveloppe', libelle: 'Enveloppe (€)', type: 'montant', parDefaut: true, valeur: (r) => r.enveloppe },
  { id: 'consomme', libelle: 'Consommé (€)', type: 'montant', parDefaut: true, valeur: (r) => r.consomme },
  { id: 'disponible', libelle: 'Disponible (€)', type: 'montant', parDefaut: true, valeur: (r) => r.disponible },
  { id: 'depassement', libelle: 'Dépassement', type: 'booleen', parDefaut: true, valeur: (r) => r.depassement },
];

interface ParametresGrandLivre {
  annee: number;
  financeur?: string;
}

function anneeRequise(annee: number | undefined): number {
  if (annee === undefined) throw new ApiError('VALIDATION_FAILED', 'annee is required (the year of the appel à projets)', { field: 'annee' });
  return annee;
}

/** `lignesFinancement(annee, financeur)`: each financeur's ledger of the year, demandé → justifié, envelope consumed. */
export const EXPORT_GRAND_LIVRE: DefinitionExport<ParametresGrandLivre> = {
  nom: 'grand-livre',
  titre: 'Grand livre des financeurs',
  description: 'One row per financeur of the year (or the one named): lines, dossiers, amounts at every stage and by nature, envelope consumed.',
  miroir: 'lignesFinancement(annee, financeur, asOf)',
  roles: LECTEURS_TABLEAUX_DE_BORD,
  parametres: [
    { nom: 'annee', description: 'Year (required).' },
    { nom: 'financeur', description: 'Financeur (partenaire) id: its ledger only.' },
  ],
  catalogues: { 'grand livre': COLONNES_GRAND_LIVRE as never },
  lire: (requete) => {
    const annee = anneeRequise(requete.entier('annee', { min: 2000, max: 2100 }));
    const financeur = requete.identifiant('financeur');
    return { annee, ...(financeur ? { financeur } : {}) };
  },
  async preparer({ annee, financeur }, contexte, colonnes) {
    const choisies = choisirColonnes(COLONNES_GRAND_LIVRE, colonnes);
    const [rows, appel] = await Promise.all([
      lireGrandLivre(contexte.readModels.readModel(dossierListProjection.name), { annee, ...(financeur ? { financeurId: financeur } : {}) }),
      contexte.readModels.readModel<AppelDocument>(appelProjection.name).findOne(appelFilter(annee)),
    ]);
    // A handful of rows (one per financeur): the aggregate answers them at once.
    const lignes = avecEnveloppes(rows, appel).filter((row) => !financeur || row.financeurId === financeur);
    const parametres: Array<[string, string]> = [['annee', String(annee)], ...(financeur ? ([['financeur', financeur]] as Array<[string, string]>) : [])];
    return {
      tableaux: [{ nom: 'Grand livre', colonnes: choisies, lignes }],
      nomFichier: `grand-livre-${annee}${financeur ? `-${financeur}` : ''}`,
      parametres,
      total: lignes.length,
    };
  },
};

// ── Tableaux de la programmation: programmation(annee, regleDeComptage) ──────────────────────────────────────

type Comptes = ProgrammationSummary['comptes'];
type ParFinanceur = ProgrammationSummary['parFinanceur'][number];

export const COLONNES_COMPTES: Array<Colonne<Comptes>> = [
  { id: 'deposes', libelle: 'Dossiers déposés', type: 'entier', parDefaut: true, valeur: (c) => c.deposes },
  { id: 'retenus', libelle: 'Dossiers retenus', type: 'entier', parDefaut: true, valeur: (c) => c.retenus },
  { id: 'nonRetenus', libelle: 'Non retenus', type: 'entier', parDefaut: true, valeur: (c) => c.nonRetenus },
  { id: 'ajournes', libelle: 'Ajournés', type: 'entier', parDefaut: true, valeur: (c) => c.ajournes },
  { id: 'abandonnes', libelle: 'Abandonnés', type: 'entier', parDefaut: true, valeur: (c) => c.abandonnes },
  { id: 'enInstruction', libelle: 'En instruction', type: 'entier', parDefaut: true, valeur: (c) => c.enInstruction },
  { id: 'projetsRetenus', libelle: 'Projets retenus (règle de comptage)', type: 'entier', parDefaut: true, valeur: (c) => c.projetsRetenus },
  { id: 'porteursDeposants', libelle: 'Porteurs déposants (distincts)', type: 'entier', parDefaut: true, valeur: (c) => c.porteursDeposants },
  { id: 'porteursRetenus', libelle: 'Porteurs retenus (distincts)', type: 'entier', parDefaut: true, valeur: (c) => c.porteursRetenus },
  { id: 'coutTotalDeposes', libelle: 'Coût total des dossiers déposés (€)', type: 'montant', parDefaut: true, valeur: (c) => c.coutTotalDeposes },
  { id: 'coutTotalRetenus', libelle: 'Coût total des dossiers retenus (€)', type: 'montant', parDefaut: true, valeur: (c) => c.coutTotalRetenus },
];

export const COLONNES_PAR_FINANCEUR: Array<Colonne<ParFinanceur>> = [
  { id: 'categorie', libelle: 'Catégorie de financeur', type: 'texte', parDefaut: true, valeur: (r) => libelle(LIBELLES_CATEGORIE, r.categorie) },
  { id: 'nature', libelle: 'Nature', type: 'texte', parDefaut: true, valeur: (r) => libelle(LIBELLES_NATURE, r.nature) },
  { id: 'lignes', libelle: 'Lignes', type: 'entier', parDefaut: true, valeur: (r) => r.lignes },
  ...ETAPES.map(([etape, nom]): Colonne<ParFinanceur> => ({ id: etape, libelle: `${nom} (€)`, type: 'montant', parDefaut: true, valeur: (r) => r[etape] })),
];

function colonnesGroupe(cle: string, libelleCle: (valeur: string | null) => string | null = (v) => v): Array<Colonne<GroupeProgrammation>> {
  return [
    { id: 'cle', libelle: cle, type: 'texte', valeur: (g) => libelleCle(g.cle) },
    { id: 'libelle', libelle: 'Libellé', type: 'texte', parDefaut: true, valeur: (g) => g.libelle },
    { id: 'projets', libelle: 'Projets (règle de comptage)', type: 'entier', parDefaut: true, valeur: (g) => g.projets },
    { id: 'dossiers', libelle: 'Dossiers', type: 'entier', parDefaut: true, valeur: (g) => g.dossiers },
    {
      id: 'porteursDistincts',
      libelle: 'Porteurs distincts',
      type: 'entier',
      parDefaut: true,
      description: 'COUNT DISTINCT per group: never add these across groups.',
      valeur: (g) => g.porteursDistincts,
    },
    { id: 'coutTotal', libelle: 'Coût total (€)', type: 'montant', parDefaut: true, valeur: (g) => g.coutTotal },
    { id: 'demande', libelle: 'Demandé (€)', type: 'montant', parDefaut: true, valeur: (g) => g.demande.total },
    { id: 'demandeDroitCommun', libelle: 'Demandé, droit commun (€)', type: 'montant', valeur: (g) => g.demande.droitCommun },
    { id: 'demandeCreditsSpecifiques', libelle: 'Demandé, crédits spécifiques (€)', type: 'montant', valeur: (g) => g.demande.creditsSpecifiques },
    { id: 'vote', libelle: 'Voté (€)', type: 'montant', parDefaut: true, valeur: (g) => g.vote.total },
    { id: 'voteDroitCommun', libelle: 'Voté, droit commun (€)', type: 'montant', parDefaut: true, valeur: (g) => g.vote.droitCommun },
    { id: 'voteCreditsSpecifiques', libelle: 'Voté, crédits spécifiques (€)', type: 'montant', parDefaut: true, valeur: (g) => g.vote.creditsSpecifiques },
  ];
}

/** The tables of the `programmation` query, in its order; each is a CSV file or an XLSX sheet. */
const TABLEAUX = {
  comptes: { titre: 'Comptes', colonnes: COLONNES_COMPTES as Array<Colonne<never>>, lignes: (s: ProgrammationSummary) => [s.comptes] },
  parFinanceur: { titre: 'Par financeur', colonnes: COLONNES_PAR_FINANCEUR as Array<Colonne<never>>, lignes: (s: ProgrammationSummary) => s.parFinanceur },
  parPilier: {
    titre: 'Par pilier',
    colonnes: colonnesGroupe('Pilier (identifiant)') as Array<Colonne<never>>,
    lignes: (s: ProgrammationSummary) => s.parPilier,
  },
  parThematique: {
    titre: 'Par thématique',
    colonnes: colonnesGroupe('Thématique (identifiant)') as Array<Colonne<never>>,
    lignes: (s: ProgrammationSummary) => s.parThematique,
  },
  parQpv: { titre: 'Par QPV', colonnes: colonnesGroupe('QPV (identifiant)') as Array<Colonne<never>>, lignes: (s: ProgrammationSummary) => s.parQpv },
  parPorteurKind: {
    titre: 'Par nature de porteur',
    colonnes: colonnesGroupe('Nature de porteur', (v) => libelle(LIBELLES_PORTEUR, v as never)) as Array<Colonne<never>>,
    lignes: (s: ProgrammationSummary) => s.parPorteurKind,
  },
} as const;
type NomTableau = keyof typeof TABLEAUX;
const NOMS_TABLEAUX = Object.keys(TABLEAUX) as NomTableau[];

interface ParametresProgrammation {
  annee: number;
  regle: RegleComptage;
  tableau?: NomTableau;
}

/** `programmation(annee, regleDeComptage)`: the summary tables of the year under a named counting rule. */
export const EXPORT_PROGRAMMATION: DefinitionExport<ParametresProgrammation> = {
  nom: 'programmation',
  titre: 'Tableaux de la programmation',
  description:
    'The tables of the `programmation` query (comptes, par financeur, pilier, thématique, QPV, nature de porteur) under a counting rule: every table as a sheet of the XLSX, one chosen table (tableau=) as CSV.',
  miroir: 'programmation(annee, regleDeComptage, asOf)',
  roles: LECTEURS_TABLEAUX_DE_BORD,
  plusieursTableaux: true,
  parametres: [
    { nom: 'annee', description: 'Year (required).' },
    { nom: 'regleDeComptage', description: 'Counting rule (dossier by default).', valeurs: Object.keys(REGLES_COMPTAGE) },
    { nom: 'tableau', description: 'One table (required for CSV; every table in the XLSX otherwise).', valeurs: NOMS_TABLEAUX },
  ],
  catalogues: Object.fromEntries(NOMS_TABLEAUX.map((nom) => [nom, TABLEAUX[nom].colonnes])),
  lire: (requete) => {
    const annee = anneeRequise(requete.entier('annee', { min: 2000, max: 2100 }));
    const regle = requete.choix('regleDeComptage', Object.keys(REGLES_COMPTAGE) as RegleComptage[]) ?? 'dossier';
    const tableau = requete.choix('tableau', NOMS_TABLEAUX);
    return { annee, regle, ...(tableau ? { tableau } : {}) };
  },
  async preparer({ annee, regle, tableau }, contexte, colonnes) {
    if (colonnes && !tableau) {
      throw new ApiError('VALIDATION_FAILED', 'columns applies to one table: choose it with tableau=', { field: 'columns', tableaux: NOMS_TABLEAUX });
    }
    const noms = tableau ? [tableau] : NOMS_TABLEAUX;
    const choisies = noms.map((nom) => choisirColonnes(TABLEAUX[nom].colonnes, colonnes));
    const resume = await lireProgrammation(contexte.readModels.readModel(dossierListProjection.name), { annee, regle });
    const tableaux: Tableau[] = noms.map((nom, index) => ({
      nom: TABLEAUX[nom].titre,
      colonnes: choisies[index],
      lignes: TABLEAUX[nom].lignes(resume) as never,
    }));
    return {
      tableaux,
      nomFichier: `programmation-${annee}${tableau ? `-${tableau}` : ''}`,
      parametres: [
        ['annee', String(annee)],
        ['Règle de comptage', `${REGLES_COMPTAGE[regle].libelle} (${regle})`],
      ],
    };
  },
};
