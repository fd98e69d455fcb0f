import type { Command } from '@cdv/eventsourcing';
import type { DatePartielle } from '../shared/dates';
import type { RefNoeud, RefOrganisation } from '../shared/references';
import type { CibleIndicateur, StatutEngagement } from './engagement.events';

export type PrendreEngagement = Command<
  'PrendreEngagement',
  {
    engagementId: string;
    contratId?: string | null;
    groupe?: string | null;
    priorite?: string | null;
    objectif: string;
    responsables: RefOrganisation[];
    moyens?: string | null;
    noeuds?: RefNoeud[];
    indicateurIds?: string[];
    echeance?: DatePartielle | null;
    statut?: StatutEngagement;
  }
>;
export type RattacherIndicateurEngagement = Command<'RattacherIndicateurEngagement', { indicateurId: string }>;
/** Attaches the indicator when needed; changing a target already set needs a reason. */
export type FixerCibleIndicateur = Command<
  'FixerCibleIndicateur',
  Omit<CibleIndicateur, 'annee' | 'periode' | 'ventilation' | 'reference' | 'qualificatif'> &
    Partial<Pick<CibleIndicateur, 'annee' | 'periode' | 'ventilation' | 'reference' | 'qualificatif'>>
>;
/** Abandoning needs a reason; an abandoned commitment does not change any more. */
export type ChangerStatutEngagement = Command<'ChangerStatutEngagement', { statut: StatutEngagement; depuis: DatePartielle; commentaire?: string | null }>;

export type EngagementCommand = PrendreEngagement | RattacherIndicateurEngagement | FixerCibleIndicateur | ChangerStatutEngagement;
