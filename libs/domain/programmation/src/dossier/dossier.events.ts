import type { Cents, DomainEvent } from '@cdv/eventsourcing';
import { PIECE_EVENT_TYPES, type DetenteurDossier, type PieceEvent } from '../pieces/piece.events';
import type { Avertissement } from '../regles/regles';
import type {
  Classement,
  FinanceurRef,
  ModaliteFinancement,
  NatureFinancement,
  OrganisationRef,
  Perimetre,
  PorteurRef,
  QpvRef,
  SerieRef,
  Tag,
} from '../shared/references';

/** The fields of a dossier that a porteur describes and that `DossierModifie` may change. */
export interface DossierChamps {
  titre: string;
  description: string;
  publics: string[];
  perimetre: Perimetre;
  qpv: QpvRef[];
  classement: Classement;
  coutTotal: Cents;
  /** Base of rate rules (fonds de concours: 40 % of eligible expenses); the total cost when absent. */
  depensesEligibles?: Cents;
  dateDebut: string;
  dateFin: string;
  /**
   * How many actions this dossier stands for in the documents' counts: 1, except grouped lines such as « PRE à »
   * 8 communes (seed 003 §9.11) which the report counts as 8.
   */
  nombreActions: number;
}

export type ChampModifiable = keyof DossierChamps;

/** A field-level diff: `DossierModifie` says what each changed field was and became. */
export type Changements = { [K in ChampModifiable]?: { before: DossierChamps[K] | null; after: DossierChamps[K] | null } };

export type TypeVersement = 'avance' | 'acompte' | 'solde';
export type ValeurAvis = 'favorable' | 'reserve' | 'defavorable';
export type TypeConvention = 'annuelle' | 'pluriannuelle';
export type EtapeCorrigeable = 'demande' | 'propose' | 'vote' | 'engage' | 'justifie';

export interface Beneficiaires {
  total: number;
  femmes: number;
  hommes: number;
  /** People whose sex was not recorded. */
  nonRenseigne: number;
  /** Bands as the tenant defines them (seed 000 R37: the documents use many different bands). */
  parTrancheAge: Array<{ tranche: string; nombre: number }>;
  residentsQpv: number;
}

export type DossierDepose = DomainEvent<
  'DossierDepose',
  DossierChamps & {
    dossierId: string;
    annee: number;
    porteur: PorteurRef;
    serie: SerieRef;
    /** True when deposited after the appel's closing date, with the reason in the metadata. */
    depotTardif: boolean;
    /** Identifier in the source system (Dauphin request number, spreadsheet reference). */
    referenceExterne?: string;
    /** Set when this dossier carries on a dossier ajourné the year before. */
    origine?: { dossierId: string; annee: number };
    synthetique?: string[];
  }
>;

export type DossierModifie = DomainEvent<'DossierModifie', { dossierId: string; changes: Changements }>;

export type FinancementDemande = DomainEvent<
  'FinancementDemande',
  {
    dossierId: string;
    ligneId: string;
    financeur: FinanceurRef;
    nature: NatureFinancement;
    modalite: ModaliteFinancement;
    dispositif?: Tag;
    montant: Cents;
    avertissements: Avertissement[];
    synthetique?: string[];
  }
>;

export type DemandeFinancementRetiree = DomainEvent<'DemandeFinancementRetiree', { dossierId: string; ligneId: string; montant: Cents }>;

export type DossierMisEnInstruction = DomainEvent<'DossierMisEnInstruction', { dossierId: string }>;

export type AvisEmis = DomainEvent<
  'AvisEmis',
  { dossierId: string; auteur: OrganisationRef; avis: ValeurAvis; commentaire: string; ligneId?: string; precedent: ValeurAvis | null }
>;

export type FinancementPropose = DomainEvent<
  'FinancementPropose',
  { dossierId: string; ligneId: string; montant: Cents; avertissements: Avertissement[]; synthetique?: string[] }
>;

export type FinancementVote = DomainEvent<
  'FinancementVote',
  { dossierId: string; ligneId: string; montant: Cents; comiteId?: string; avertissements: Avertissement[]; synthetique?: string[] }
>;

export type FinancementRefuse = DomainEvent<'FinancementRefuse', { dossierId: string; ligneId: string; motif?: string; comiteId?: string }>;

export type DossierRetenu = DomainEvent<'DossierRetenu', { dossierId: string; comiteId?: string }>;
export type DossierNonRetenu = DomainEvent<'DossierNonRetenu', { dossierId: string; comiteId?: string; motif?: string }>;
export type DossierAjourne = DomainEvent<'DossierAjourne', { dossierId: string; comiteId?: string; motif?: string; anneeReport: number }>;
export type DossierAbandonne = DomainEvent<'DossierAbandonne', { dossierId: string; statutPrecedent: string; motif?: string }>;

export type DossierRattacheASerie = DomainEvent<'DossierRattacheASerie', { dossierId: string; serie: SerieRef; precedente: SerieRef }>;

export type DossierConventionne = DomainEvent<
  'DossierConventionne',
  { dossierId: string; conventionId: string; typeConvention: TypeConvention; numeroEngagementJuridique?: string }
>;

export type ActionDemarree = DomainEvent<'ActionDemarree', { dossierId: string; dateDebut: string }>;

export type FinancementEngage = DomainEvent<
  'FinancementEngage',
  { dossierId: string; ligneId: string; montant: Cents; numeroEngagementJuridique?: string; conventionId?: string; synthetique?: string[] }
>;

export type VersementEffectue = DomainEvent<
  'VersementEffectue',
  {
    dossierId: string;
    ligneId: string;
    versementId: string;
    type: TypeVersement;
    montant: Cents;
    date: string;
    /** Paid on the line so far, this versement included. */
    totalVerse: Cents;
  }
>;

export type BilanDepose = DomainEvent<'BilanDepose', { dossierId: string; coutRealise: Cents; beneficiaires: Beneficiaires; recit: string }>;

export type IndicateurRenseigne = DomainEvent<
  'IndicateurRenseigne',
  { dossierId: string; indicateurId: string; libelle: string; valeur: number; unite?: string; precedente: number | null }
>;

export type FinancementJustifie = DomainEvent<'FinancementJustifie', { dossierId: string; ligneId: string; montant: Cents }>;

/** What a line leaves unspent when its dossier is soldé: voted but not engaged, engaged but not paid. */
export interface Reliquat {
  ligneId: string;
  financeurId: string;
  vote: Cents;
  engage: Cents;
  verse: Cents;
  nonEngage: Cents;
  nonVerse: Cents;
}

/**
 * Recorded with the DossierSolde of a dossier that leaves money unspent (the « reliquats » a financeur will not pay
 * or will claim back); the reason for closing it so is in the metadata.
 */
export type ReliquatsConstates = DomainEvent<'ReliquatsConstates', { dossierId: string; lignes: Reliquat[]; nonEngage: Cents; nonVerse: Cents }>;

export type DossierSolde = DomainEvent<'DossierSolde', { dossierId: string; totaux: { vote: Cents; engage: Cents; verse: Cents; justifie: Cents } }>;

/** The only way an amount changes once decided (docs/design.md §3); the reason is in the metadata. */
export type MontantCorrige = DomainEvent<
  'MontantCorrige',
  { dossierId: string; ligneId: string; etape: EtapeCorrigeable; avant: Cents; apres: Cents; avertissements: Avertissement[] }
>;

export type DossierEvent =
  | DossierDepose
  | DossierModifie
  | FinancementDemande
  | DemandeFinancementRetiree
  | DossierMisEnInstruction
  | AvisEmis
  | FinancementPropose
  | FinancementVote
  | FinancementRefuse
  | DossierRetenu
  | DossierNonRetenu
  | DossierAjourne
  | DossierAbandonne
  | DossierRattacheASerie
  | DossierConventionne
  | ActionDemarree
  | FinancementEngage
  | VersementEffectue
  | BilanDepose
  | IndicateurRenseigne
  | FinancementJustifie
  | ReliquatsConstates
  | DossierSolde
  | MontantCorrige
  /** Pièces justificatives of the dossier and of its bilan (libs/domain/programmation/src/pieces). */
  | PieceEvent<DetenteurDossier>;

export const DOSSIER_EVENT_TYPES = [
  'DossierDepose',
  'DossierModifie',
  'FinancementDemande',
  'DemandeFinancementRetiree',
  'DossierMisEnInstruction',
  'AvisEmis',
  'FinancementPropose',
  'FinancementVote',
  'FinancementRefuse',
  'DossierRetenu',
  'DossierNonRetenu',
  'DossierAjourne',
  'DossierAbandonne',
  'DossierRattacheASerie',
  'DossierConventionne',
  'ActionDemarree',
  'FinancementEngage',
  'VersementEffectue',
  'BilanDepose',
  'IndicateurRenseigne',
  'FinancementJustifie',
  'ReliquatsConstates',
  'DossierSolde',
  'MontantCorrige',
  ...PIECE_EVENT_TYPES,
] as const satisfies ReadonlyArray<DossierEvent['type']>;
