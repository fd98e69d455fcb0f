import type { Command } from '@cdv/eventsourcing';
import type { ChiffresFiges, Deliberation, Destinataire, SectionRapport, SensAvis, Signataire } from './rapport.events';

/** Writes or replaces a section of the working draft (the next version); identical content changes nothing. */
export type RedigerSection = Command<'RedigerSection', { annee: number; section: SectionRapport }>;

export type RetirerSection = Command<'RetirerSection', { annee: number; sectionId: string }>;

/**
 * Freezes a version: the application assembles the figures as of `arreteAu` (the read models at that instant)
 * and passes them with the log position they cover; the decider fingerprints them and copies the draft's
 * sections. A second arrêté (a new version) needs a reason.
 */
export type ArreterRapport = Command<
  'ArreterRapport',
  { annee: number; arreteAu: string; position: number; chiffres: ChiffresFiges; signataire?: Signataire | null }
>;

/** `echeance` defaults to one month after `envoyeLe`. */
export type SoumettreAConsultation = Command<'SoumettreAConsultation', { annee: number; envoyeLe: string; echeance?: string; destinataires: Destinataire[] }>;

export type EnregistrerAvis = Command<
  'EnregistrerAvis',
  {
    annee: number;
    destinataireId: string;
    organe: string;
    seanceLe: string;
    sens: SensAvis;
    texte: string;
    deliberation?: Deliberation | null;
    recuLe?: string | null;
  }
>;

/** At the deadline (or once every recipient answered): the silent ones count as favourable. */
export type CloreConsultation = Command<'CloreConsultation', { annee: number }>;

export type AdopterRapport = Command<'AdopterRapport', { annee: number; instance?: string; deliberation: { date: string; numero: string } }>;

export type TransmettreRapport = Command<'TransmettreRapport', { annee: number; transmisLe: string; destinataire?: string; reference?: string | null }>;

export type RapportCommand =
  RedigerSection | RetirerSection | ArreterRapport | SoumettreAConsultation | EnregistrerAvis | CloreConsultation | AdopterRapport | TransmettreRapport;
