import type { Cents, DomainEvent } from '@cdv/eventsourcing';

export type QualiteMembre = 'financeur' | 'partenaire' | 'presidence';

/**
 * One capacity of an organisation in the comité. An organisation holding two (the State co-presiding and financing,
 * the EPCI presiding and financing: the usual case) is listed once per capacity.
 */
export interface MembreComite {
  organisationId: string;
  nom: string;
  qualite: QualiteMembre;
}

export interface LigneDecidee {
  /** `{financeurId}:{nature}` (ligneIdDe). */
  ligneId: string;
  financeurId: string;
  resultat: 'vote' | 'refuse';
  /** The voted amount; absent on a refusal. */
  montant?: Cents;
  motif?: string;
  synthetique?: string[];
}

export type DecisionDossier = 'retenu' | 'non_retenu' | 'ajourne';

export interface DecisionComite {
  dossierId: string;
  /** Labels as the comité saw them, so that the decision reads on its own in an audit. */
  titre?: string;
  porteurNom?: string;
  decision: DecisionDossier;
  motif?: string;
  /** For `ajourne`: the year the dossier moves to (next year when absent). */
  anneeReport?: number;
  lignes: LigneDecidee[];
}

export type ComiteConvoque = DomainEvent<
  'ComiteConvoque',
  { comiteId: string; annee: number; date: string; libelle: string; membres: MembreComite[]; synthetique?: string[] }
>;

/**
 * The comité's decisions as ONE event: per line voté or refusé, per dossier retenu / non retenu / ajourné. Auditors
 * replay exactly what was decided; each dossier's stream then records its own events, caused by this one.
 */
export type ProgrammationArretee = DomainEvent<
  'ProgrammationArretee',
  { comiteId: string; annee: number; date: string; presents: string[]; decisions: DecisionComite[] }
>;

export type ComiteClos = DomainEvent<'ComiteClos', { comiteId: string; dossiersDecides: number }>;

/** The members as corrected after the convocation (the reason is in the metadata); `precedents` as they were. */
export type MembresComiteCorriges = DomainEvent<'MembresComiteCorriges', { comiteId: string; membres: MembreComite[]; precedents: MembreComite[] }>;

export type ComiteEvent = ComiteConvoque | ProgrammationArretee | ComiteClos | MembresComiteCorriges;

export const COMITE_EVENT_TYPES = ['ComiteConvoque', 'ProgrammationArretee', 'ComiteClos', 'MembresComiteCorriges'] as const satisfies ReadonlyArray<
  ComiteEvent['type']
>;
