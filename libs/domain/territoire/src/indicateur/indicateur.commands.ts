import type { Command } from '@cdv/eventsourcing';
import type { RefNoeud } from '../shared/references';
import type { NatureIndicateur, TypeVentilation, ValeurIndicateur } from './indicateur.events';

export type DefinirIndicateur = Command<
  'DefinirIndicateur',
  {
    indicateurId: string;
    libelle: string;
    unite?: string | null;
    nature?: NatureIndicateur | null;
    ventilations?: TypeVentilation[];
    tranchesAge?: string[];
    definition?: string | null;
    noeuds?: RefNoeud[];
  }
>;
export type RattacherIndicateurObjectif = Command<'RattacherIndicateurObjectif', { noeud: RefNoeud }>;
/** A different value for the same year, date, breakdown and engagement is a correction: it needs a reason. */
export type RenseignerValeurIndicateur = Command<'RenseignerValeurIndicateur', Pick<ValeurIndicateur, 'source'> & Partial<Omit<ValeurIndicateur, 'source'>>>;

export type IndicateurCommand = DefinirIndicateur | RattacherIndicateurObjectif | RenseignerValeurIndicateur;
