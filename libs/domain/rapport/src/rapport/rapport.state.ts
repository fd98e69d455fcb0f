import type { Destinataire, RapportEvent, SectionRapport, SensAvis } from './rapport.events';

export type StatutRapport = 'brouillon' | 'arrete' | 'en_consultation' | 'consultation_close' | 'adopte' | 'transmis';

export interface VersionArretee {
  version: number;
  arreteAu: string;
  arreteLe: string;
  position: number;
  empreinte: string;
  sections: SectionRapport[];
}

export interface Consultation {
  envoyeLe: string;
  echeance: string;
  destinataires: Destinataire[];
  /** Avis recorded, by destinataireId. */
  avis: Record<string, { sens: SensAvis; seanceLe: string }>;
  closeLe: string | null;
}

export type RapportState =
  | { statut: 'inexistant' }
  | {
      statut: StatutRapport;
      annee: number;
      /** The working draft: what the next arrêté copies. */
      sections: Record<string, SectionRapport>;
      /** The last version arrêtée, null before the first. */
      arrete: VersionArretee | null;
      /** The consultation on the last version, null before it is sent (or after a new arrêté). */
      consultation: Consultation | null;
      adoption: { date: string; numero: string } | null;
    };

export type RapportExistant = Exclude<RapportState, { statut: 'inexistant' }>;

export const initialRapportState = (): RapportState => ({ statut: 'inexistant' });

/** Sections in display order (ordre, then sectionId): the order a version keeps them in. */
export function sectionsOrdonnees(sections: Record<string, SectionRapport>): SectionRapport[] {
  return Object.values(sections).sort((a, b) => a.ordre - b.ordre || (a.sectionId < b.sectionId ? -1 : a.sectionId > b.sectionId ? 1 : 0));
}

function existant(state: RapportState, annee: number): RapportExistant {
  return state.statut === 'inexistant' ? { statut: 'brouillon', annee, sections: {}, arrete: null, consultation: null, adoption: null } : state;
}

export function evolveRapport(state: RapportState, event: RapportEvent): RapportState {
  const current = existant(state, event.data.annee);
  switch (event.type) {
    case 'SectionRedigee':
      return { ...current, sections: { ...current.sections, [event.data.section.sectionId]: event.data.section } };
    case 'SectionRetiree': {
      const { [event.data.sectionId]: _retiree, ...sections } = current.sections;
      return { ...current, sections };
    }
    case 'RapportArrete': {
      const d = event.data;
      return {
        ...current,
        statut: 'arrete',
        arrete: { version: d.version, arreteAu: d.arreteAu, arreteLe: d.arreteLe, position: d.position, empreinte: d.empreinte, sections: d.sections },
        consultation: null,
        adoption: null,
      };
    }
    case 'RapportSoumisAConsultation': {
      const d = event.data;
      return {
        ...current,
        statut: 'en_consultation',
        consultation: { envoyeLe: d.envoyeLe, echeance: d.echeance, destinataires: d.destinataires, avis: {}, closeLe: null },
      };
    }
    case 'AvisEnregistre': {
      if (!current.consultation) return current;
      const avis = { ...current.consultation.avis, [event.data.destinataireId]: { sens: event.data.sens, seanceLe: event.data.seanceLe } };
      return { ...current, consultation: { ...current.consultation, avis } };
    }
    case 'ConsultationClose':
      return current.consultation
        ? { ...current, statut: 'consultation_close', consultation: { ...current.consultation, closeLe: event.data.closeLe } }
        : current;
    case 'RapportAdopte':
      return { ...current, statut: 'adopte', adoption: event.data.deliberation };
    case 'RapportTransmis':
      return { ...current, statut: 'transmis' };
  }
}
