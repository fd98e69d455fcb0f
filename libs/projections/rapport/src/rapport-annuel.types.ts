import type { Cents } from '@cdv/eventsourcing';
import type { FinanceurCategorie, PorteurKind, Tag } from '@cdv/domain-programmation';
import type { CalculAide, NatureDispositif, RegleDispositif } from '@cdv/domain-rapport';

/**
 * The assembled rapport annuel (format `rapport-annuel/1`): every block of seed 003's report computed from the read
 * models. Plain JSON (integers, strings): it is frozen whole in `RapportArrete` (ADR 0016), so its shape is a
 * contract — a change of shape is a new format with an upcaster, never an edit. Money in cents; percentages as
 * decimal strings; every figure names its rule and carries the dossiers behind it. Blocks: docs/domain/rapport-annuel.md.
 */
export const FORMAT_RAPPORT = 'rapport-annuel/1';

/** A figure: its value (a count, or cents), the rule that produced it and the dossiers it can be opened into. */
export interface Chiffre {
  valeur: number;
  regle: string;
  dossiers: string[];
}

export interface RegleRapport {
  libelle: string;
  description: string;
}

/** An action as the report lists it: « Titre - Commune (Porteur) ». */
export interface ActionListee {
  dossierId: string;
  titre: string;
  /** Commune names, or « Interco ». */
  lieu: string;
  porteur: string;
  nombreActions: number;
  sousPriorite: string | null;
}

export interface LigneTableau {
  /** Group key (pilier or thématique id); null for « non classé ». */
  cle: string | null;
  libelle: string;
  projets: Chiffre;
  porteursDistincts: Chiffre;
  droitCommun: Chiffre;
  creditsSpecifiques: Chiffre;
  coutTotal: Chiffre;
  actions: ActionListee[];
}

export interface TableauPilier extends LigneTableau {
  thematiques: LigneTableau[];
}

export interface ColonneGrille {
  prioriteId: string;
  code: string | null;
  libelle: string;
  /** Retained by the year's appel à projets. */
  retenueParAppel: boolean;
  sousPriorites: Array<{ id: string; code: string | null; libelle: string; actions: ActionListee[] }>;
  /** Actions classed under the priority without a sous-priorité. */
  sansSousPriorite: ActionListee[];
}

export interface Comparaison {
  chiffreId: string;
  cle: string;
  libelle: string;
  sujet: { type: string; id: string | null };
  valeurImprimee: string;
  declaree: string | null;
  calculee: string | null;
  /** Rule of the computed value (a counting rule id, or the territoire method in words). */
  regle: string | null;
  dossiers: string[];
  statut: 'concorde' | 'ecart' | 'non_calculable';
  /** calculée − déclarée, in the declared unit. */
  ecart: string | null;
  /** The same count under the other counting rules (why 127, 129 and 130 can all be right). */
  autresRegles: Array<{ regle: string; valeur: string }>;
  source: { document: string; localisation: string };
  /** Where the figure is printed in the report this platform renders (block id). */
  bloc: string;
}

export interface RapportAnnuel {
  format: typeof FORMAT_RAPPORT;
  tenantId: string;
  annee: number;
  /** What the figures describe: the log up to `position` (`asOf` when asked by instant). */
  etabliAu: { position: number; asOf: string | null };
  regleComptage: string;
  /** Every rule a figure names, with its label and description. */
  regles: Record<string, RegleRapport>;
  territoire: { nom: string | null; acronyme: string | null; nature: string | null; departement: string | null; region: string | null };
  geographie: {
    comptes: Array<{
      cle: string;
      libelle: string;
      calculee: string | null;
      methode: string | null;
      declaree: string | null;
      declareeImprimee: string | null;
      source: string | null;
      ecart: boolean | null;
    }>;
    quartiers: Array<{
      qpvId: string;
      categorie: string;
      code: string | null;
      nom: string;
      generation: number | null;
      communes: string[];
      population: string | null;
      statut: string;
    }>;
    statistiques: Array<{
      libelle: string;
      perimetre: string;
      quartier: string | null;
      valeurImprimee: string | null;
      valeur: string | null;
      source: string | null;
      millesime: string | null;
    }>;
  };
  cadreStrategique: {
    intitule: string;
    version: number;
    validations: Array<{ instance: string; date: string | null }>;
    dimensions: Array<{ code: string; libelle: string; niveaux: string[]; noeuds: NoeudCadre[] }>;
    prioritesAppel: Tag[];
  } | null;
  programmation: {
    entete: {
      deposes: Chiffre;
      retenus: Chiffre;
      nonRetenus: Chiffre;
      ajournes: Chiffre;
      abandonnes: Chiffre;
      enInstruction: Chiffre;
      porteursDeposants: Chiffre;
      porteursRetenus: Chiffre;
      coutTotalRetenus: Chiffre;
    };
    parFinanceur: {
      /** The base of the shares: Σ total cost of the retained dossiers. */
      base: Chiffre;
      lignes: Array<{ categorie: FinanceurCategorie; libelle: string; montant: Chiffre; part: string | null }>;
      /** Total cost not covered by a voted line (the porteurs' own share, unrecorded co-financing). */
      nonCouvert: { montant: Chiffre; part: string | null };
    };
    creditsEtat: {
      total: Chiffre;
      /** What the lines are grouped by: the CGET thematic tag, or the pilier when no dossier carries one. */
      groupePar: 'thematiqueCget' | 'pilier';
      lignes: Array<{ cle: string | null; libelle: string; montant: Chiffre }>;
      dontReussiteEducative: Chiffre;
    };
    porteurs: Array<{
      groupe: 'associations' | 'institutions' | 'autres';
      libelle: string;
      deposes: Chiffre;
      retenus: Chiffre;
      lignes: Array<{ porteurId: string; nom: string; kind: PorteurKind; deposes: Chiffre; retenus: Chiffre }>;
    }>;
    piliers: TableauPilier[];
    grille: { colonnes: ColonneGrille[]; sansPriorite: ActionListee[] };
  };
  dispositifs: Array<{
    dispositifId: string;
    libelle: string;
    nature: NatureDispositif;
    financeur: string;
    regles: RegleDispositif[];
    calcul: CalculAide | null;
    reglesFinancement: Array<{ id: string; libelle: string }>;
    /** Programmation lines tagged with the dispositif (voted, retained dossiers). */
    lignes: { montant: Chiffre; actions: Array<ActionListee & { montant: Cents }> };
    operations: Array<{
      operationId: string;
      beneficiaire: string;
      projet: string;
      montantOperation: Cents;
      depensesEligibles: Cents | null;
      montantAide: Cents;
      dontPolitiqueVille: Cents | null;
      plafondCalcule: Cents | null;
    }>;
    totalOperations: Cents;
    beneficiairesOperations: number;
    total: Chiffre;
  }>;
  beneficiaires: {
    dossiersAvecBilan: Chiffre;
    dossiersSansBilan: Chiffre;
    total: Chiffre;
    femmes: Chiffre;
    hommes: Chiffre;
    nonRenseigne: Chiffre;
    residentsQpv: Chiffre;
    parTrancheAge: Array<{ tranche: string; nombre: Chiffre }>;
  };
  indicateurs: Array<{
    indicateurId: string;
    libelle: string;
    unite: string | null;
    rattachement: string | null;
    renseigne: boolean;
    annees: Array<{
      annee: number;
      valeur: string | null;
      origine: 'declaree' | 'bilans' | null;
      cible: string | null;
      /** valeur ÷ cible × 100. */
      taux: string | null;
      tendance: 'hausse' | 'baisse' | 'stable' | null;
    }>;
    /** Values the bilans of the year's dossiers give, summed (the roll-up into the catalogue). */
    bilans: { somme: string; dossiers: string[] } | null;
  }>;
  engagements: Array<{
    engagementId: string;
    objectif: string;
    priorite: string | null;
    responsables: string[];
    statut: string;
    echeance: string | null;
    cibles: Array<{ indicateurId: string; annee: number | null; cible: string }>;
  }>;
  comparaisons: Comparaison[];
}

export interface NoeudCadre {
  noeudId: string;
  code: string | null;
  libelle: string;
  niveau: string;
  enfants: NoeudCadre[];
}
