import type { Cents, Command } from '@cdv/eventsourcing';
import type { PieceCommand } from '../pieces/piece.commands';
import type { DetenteurDossier } from '../pieces/piece.events';
import type { PieceRequise } from '../pieces/piece.types';
import type { RegleFinancement } from '../regles/regles';
import type { FinanceurRef, ModaliteFinancement, NatureFinancement, OrganisationRef, PorteurRef, SerieRef, Tag } from '../shared/references';
import type { Beneficiaires, DossierChamps, EtapeCorrigeable, TypeConvention, TypeVersement, ValeurAvis } from './dossier.events';

/**
 * What the application read from the appel stream before depositing: the dossier aggregate cannot read another
 * stream, so the application passes the appel's state (fold of `{tenant}:appel-{annee}`) with the command.
 */
export interface AppelLu {
  annee: number;
  statut: 'inexistant' | 'ouvert' | 'clos' | 'exercice_clos';
  ouvertureLe?: string;
  clotureLe?: string;
}

/** Tenant configuration the application adds to commands that set amounts. */
export interface ContexteRegles {
  regles?: RegleFinancement[];
}

export type DeposerDossier = Command<
  'DeposerDossier',
  DossierChamps & {
    dossierId: string;
    annee: number;
    /** Denormalised by the application from the référentiel. */
    porteur: PorteurRef;
    /** Absent: the dossier starts its own série (rang 1). */
    serie?: SerieRef;
    referenceExterne?: string;
    origine?: { dossierId: string; annee: number };
    synthetique?: string[];
    contexte: { appel: AppelLu };
  }
>;

export type ModifierDossier = Command<'ModifierDossier', { dossierId: string; changes: Partial<DossierChamps> }>;

export type DemanderFinancement = Command<
  'DemanderFinancement',
  {
    dossierId: string;
    financeur: FinanceurRef;
    nature: NatureFinancement;
    /** `numeraire` when absent. In-kind and technical partners ask no money (montant 0). */
    modalite?: ModaliteFinancement;
    dispositif?: Tag;
    montant: Cents;
    synthetique?: string[];
    contexte?: ContexteRegles;
  }
>;

export type RetirerDemandeFinancement = Command<'RetirerDemandeFinancement', { dossierId: string; ligneId: string }>;

/**
 * What the application read from the appel before the instruction starts or the dossier is soldé: the pieces it
 * asks for. Absent for commands that record history (imports, seeds): then no piece is checked.
 */
export interface ContextePiecesRequises {
  piecesRequises: PieceRequise[];
}

export type MettreEnInstruction = Command<'MettreEnInstruction', { dossierId: string; contexte?: ContextePiecesRequises }>;

export type EmettreAvis = Command<'EmettreAvis', { dossierId: string; auteur: OrganisationRef; avis: ValeurAvis; commentaire: string; ligneId?: string }>;

export type ProposerFinancement = Command<
  'ProposerFinancement',
  { dossierId: string; ligneId: string; montant: Cents; synthetique?: string[]; contexte?: ContexteRegles }
>;

export type VoterFinancement = Command<
  'VoterFinancement',
  { dossierId: string; ligneId: string; montant: Cents; comiteId?: string; synthetique?: string[]; contexte?: ContexteRegles }
>;

export type RefuserFinancement = Command<'RefuserFinancement', { dossierId: string; ligneId: string; motif?: string; comiteId?: string }>;

export type RetenirDossier = Command<'RetenirDossier', { dossierId: string; comiteId?: string }>;
export type NePasRetenirDossier = Command<'NePasRetenirDossier', { dossierId: string; comiteId?: string; motif?: string }>;
export type AjournerDossier = Command<'AjournerDossier', { dossierId: string; comiteId?: string; motif?: string; anneeReport?: number }>;
export type AbandonnerDossier = Command<'AbandonnerDossier', { dossierId: string; motif?: string }>;

export type RattacherASerie = Command<'RattacherASerie', { dossierId: string; serie: SerieRef }>;

export type ConventionnerDossier = Command<
  'ConventionnerDossier',
  { dossierId: string; conventionId: string; typeConvention: TypeConvention; numeroEngagementJuridique?: string }
>;

export type DemarrerAction = Command<'DemarrerAction', { dossierId: string; dateDebut: string }>;

export type EngagerFinancement = Command<
  'EngagerFinancement',
  { dossierId: string; ligneId: string; montant: Cents; numeroEngagementJuridique?: string; conventionId?: string; synthetique?: string[] }
>;

export type EnregistrerVersement = Command<
  'EnregistrerVersement',
  { dossierId: string; ligneId: string; versementId: string; type: TypeVersement; montant: Cents; date: string }
>;

export type DeposerBilan = Command<
  'DeposerBilan',
  {
    dossierId: string;
    coutRealise: Cents;
    beneficiaires: Beneficiaires;
    /** Values for indicators of the référentiel catalogue (ids), recorded as one IndicateurRenseigne each. */
    indicateurs: Array<{ indicateurId: string; libelle: string; valeur: number; unite?: string }>;
    recit: string;
  }
>;

export type RenseignerIndicateur = Command<
  'RenseignerIndicateur',
  { dossierId: string; indicateurId: string; libelle: string; valeur: number; unite?: string }
>;

export type JustifierFinancement = Command<'JustifierFinancement', { dossierId: string; ligneId: string; montant: Cents }>;

export type SolderDossier = Command<'SolderDossier', { dossierId: string; contexte?: ContextePiecesRequises }>;

export type CorrigerMontant = Command<
  'CorrigerMontant',
  { dossierId: string; ligneId: string; etape: EtapeCorrigeable; montant: Cents; contexte?: ContexteRegles }
>;

export type DossierCommand =
  | DeposerDossier
  | ModifierDossier
  | DemanderFinancement
  | RetirerDemandeFinancement
  | MettreEnInstruction
  | EmettreAvis
  | ProposerFinancement
  | VoterFinancement
  | RefuserFinancement
  | RetenirDossier
  | NePasRetenirDossier
  | AjournerDossier
  | AbandonnerDossier
  | RattacherASerie
  | ConventionnerDossier
  | DemarrerAction
  | EngagerFinancement
  | EnregistrerVersement
  | DeposerBilan
  | RenseignerIndicateur
  | JustifierFinancement
  | SolderDossier
  | CorrigerMontant
  | PieceCommand<DetenteurDossier>;
