import type { DomainEvent } from '@cdv/eventsourcing';

/**
 * The rapport annuel of a year (décret 2015-1118), one stream per year: `{tenant}:rapport-{annee}`.
 * Life cycle and rules: docs/domain/rapport-annuel.md; frozen figures: docs/adr/0016-rapport-annuel-chiffres-figes.md.
 */

/** Where a narrative comes from: written in the platform, or taken from a source document (with its lines). */
export type ProvenanceSection = { type: 'redige' } | { type: 'document'; document: string; lignes: string; note?: string };

/** A narrative section the EPCI writes (introduction, analyse, perspectives…) or the note explaining a figure. */
export interface SectionRapport {
  /** Lower-case slug, unique in the report (`introduction`, `note-deposes`). */
  sectionId: string;
  titre: string;
  texte: string;
  /** Display order (ascending; ties by sectionId). */
  ordre: number;
  /** A note: the chiffre déclaré (chiffreId) whose difference with the computed figure it explains. */
  chiffreId: string | null;
  provenance: ProvenanceSection;
}

/**
 * The assembled figures of the report as of the arrêté, kept whole in the event: reading the version later
 * gives these numbers, whatever was recorded since and whatever the assembly code became. `format` names the
 * shape (`rapport-annuel/1`) so that a later reader can upcast it; the domain treats the rest as opaque JSON.
 */
export interface ChiffresFiges {
  format: string;
  annee: number;
  [champ: string]: unknown;
}

export interface Signataire {
  nom: string;
  qualite: string;
}

export const TYPES_DESTINATAIRE = ['commune', 'conseil_citoyen', 'autre'] as const;
export type TypeDestinataire = (typeof TYPES_DESTINATAIRE)[number];

/** Who the draft is sent to for avis (décret 2015-1118 art. 4: communes and conseils citoyens). */
export interface Destinataire {
  destinataireId: string;
  type: TypeDestinataire;
  nom: string;
  /** INSEE code of a commune, when known. */
  insee: string | null;
}

/**
 * The outcome as the deliberation words it (seed 003: « émet un avis favorable », « prend acte », « approuve »):
 * different legal acts, kept apart.
 */
export const SENS_AVIS = ['favorable', 'reserve', 'defavorable', 'prend_acte', 'approuve'] as const;
export type SensAvis = (typeof SENS_AVIS)[number];

export interface Deliberation {
  numero: string | null;
  /** Date the act became enforceable (affichage, dépôt en sous-préfecture). */
  executoireLe: string | null;
}

export type SectionRedigee = DomainEvent<
  'SectionRedigee',
  { annee: number; section: SectionRapport; precedente: Pick<SectionRapport, 'titre' | 'texte'> | null }
>;
export type SectionRetiree = DomainEvent<'SectionRetiree', { annee: number; sectionId: string }>;

export type RapportArrete = DomainEvent<
  'RapportArrete',
  {
    annee: number;
    version: number;
    /** The instant the figures describe (recorded time, as `asOf` reads it). */
    arreteAu: string;
    /** The business date of the decision (« arrêtée au 29 septembre 2020 »): effectiveAt, else the server's day. */
    arreteLe: string;
    /** The last global position of the tenant's log at or before `arreteAu`: the figures cover the log up to it. */
    position: number;
    /** sha256 of the canonical JSON of `chiffres` (libs/eventsourcing canonical-json.ts). */
    empreinte: string;
    chiffres: ChiffresFiges;
    /** The narratives of this version, as drafted when it was arrêté. */
    sections: SectionRapport[];
    signataire: Signataire | null;
    versionPrecedente: number | null;
    /** A consultation was running on the previous version and stops here (its avis stay with that version). */
    consultationInterrompue: boolean;
  }
>;

export type RapportSoumisAConsultation = DomainEvent<
  'RapportSoumisAConsultation',
  { annee: number; version: number; envoyeLe: string; echeance: string; delaiParDefaut: boolean; destinataires: Destinataire[] }
>;

export type AvisEnregistre = DomainEvent<
  'AvisEnregistre',
  {
    annee: number;
    version: number;
    destinataireId: string;
    /** The body that gave it: « Conseil municipal de Marles-les-Mines ». */
    organe: string;
    seanceLe: string;
    sens: SensAvis;
    /** The operative words, verbatim. */
    texte: string;
    deliberation: Deliberation | null;
    recuLe: string | null;
  }
>;

export type ConsultationClose = DomainEvent<
  'ConsultationClose',
  {
    annee: number;
    version: number;
    closeLe: string;
    /** Recipients silent at the deadline: their avis counts as favourable (réputé favorable). */
    avisTacites: string[];
  }
>;

export type RapportAdopte = DomainEvent<'RapportAdopte', { annee: number; version: number; instance: string; deliberation: { date: string; numero: string } }>;

export type RapportTransmis = DomainEvent<
  'RapportTransmis',
  { annee: number; version: number; transmisLe: string; destinataire: string; reference: string | null }
>;

export type RapportEvent =
  SectionRedigee | SectionRetiree | RapportArrete | RapportSoumisAConsultation | AvisEnregistre | ConsultationClose | RapportAdopte | RapportTransmis;

export const RAPPORT_EVENT_TYPES = [
  'SectionRedigee',
  'SectionRetiree',
  'RapportArrete',
  'RapportSoumisAConsultation',
  'AvisEnregistre',
  'ConsultationClose',
  'RapportAdopte',
  'RapportTransmis',
] as const satisfies ReadonlyArray<RapportEvent['type']>;
