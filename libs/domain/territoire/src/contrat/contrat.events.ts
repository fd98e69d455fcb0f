import type { DomainEvent } from '@cdv/eventsourcing';
import type { CommuneRef } from '../shared/commune';
import type { DatePartielle } from '../shared/dates';
import type { Validation } from '../shared/validation';

/** Period as printed: "2015-2020" is { debut: "2015", fin: "2020" }; the end may be unknown. */
export interface Periode {
  debut: DatePartielle;
  fin: DatePartielle | null;
}

/** A signatory: a registered partner when known, always the label printed in the signature block. */
export interface Signataire {
  partenaireId: string | null;
  libelle: string;
}

/** One signature of a document signed over months (Valenciennes PE2R, V:L2620-2658). */
export interface Signature extends Signataire {
  /** The person who signed, with their role ("Serge MARCELLAK, Vice-Président…"). */
  representant: string | null;
  date: DatePartielle | null;
  lieu: string | null;
  note: string | null;
}

/** Legal form of an amending document as the source names it: the PE2R is an annexe at Valenciennes, an avenant at Nancy. */
export const NATURES_AVENANT = ['avenant', 'annexe', 'protocole'] as const;
export type NatureAvenant = (typeof NATURES_AVENANT)[number];

export type ContratEnregistre = DomainEvent<'ContratEnregistre', { contratId: string; intitule: string; periode: Periode | null }>;
export type ContratSigne = DomainEvent<
  'ContratSigne',
  {
    contratId: string;
    /** null when the document lists the signatories without the date. */
    signeLe: DatePartielle | null;
    lieu: string | null;
    signataires: Signataire[];
    /** The count the document states ("40 signataires"), which may exceed the signatories it names. */
    nombreSignatairesDeclare: number | null;
  }
>;
export type SignataireAjoute = DomainEvent<'SignataireAjoute', { contratId: string; signataire: Signataire; depuis: DatePartielle | null }>;
export type ContratProroge = DomainEvent<
  'ContratProroge',
  {
    contratId: string;
    ancienneFin: DatePartielle | null;
    nouvelleFin: DatePartielle;
    /** e.g. "article 181 de la loi n°2018-1317 du 28 décembre 2018 de finances pour 2019". */
    fondementJuridique: string | null;
    dateEffet: DatePartielle | null;
  }
>;
export type AvenantEnregistre = DomainEvent<
  'AvenantEnregistre',
  {
    contratId: string;
    avenantId: string;
    intitule: string;
    nature: NatureAvenant | null;
    alias: string[];
    /** Date printed on the document ("Juillet 2019"). */
    dateDocument: DatePartielle | null;
    validations: Validation[];
    periode: Periode | null;
    /** Signature blocks printed on a document not (yet) signed. */
    signatairesPrevus: Signataire[];
  }
>;
export type AvenantSigne = DomainEvent<
  'AvenantSigne',
  { contratId: string; avenantId: string; signeLe: DatePartielle | null; lieu: string | null; signatures: Signature[] }
>;
export type DocumentAnnexe = DomainEvent<
  'DocumentAnnexe',
  { contratId: string; documentId: string; intitule: string; date: DatePartielle | null; note: string | null }
>;
/** The commune-level translation of the contract (seed 003 L911–L913; MEL "volets territoriaux"). */
export type ConventionOperationnelleConclue = DomainEvent<
  'ConventionOperationnelleConclue',
  { contratId: string; conventionId: string; commune: CommuneRef; intitule: string; periode: Periode | null; signeLe: DatePartielle | null }
>;

export type ContratEvent =
  ContratEnregistre | ContratSigne | SignataireAjoute | ContratProroge | AvenantEnregistre | AvenantSigne | DocumentAnnexe | ConventionOperationnelleConclue;

export const CONTRAT_EVENT_TYPES = [
  'ContratEnregistre',
  'ContratSigne',
  'SignataireAjoute',
  'ContratProroge',
  'AvenantEnregistre',
  'AvenantSigne',
  'DocumentAnnexe',
  'ConventionOperationnelleConclue',
] as const satisfies readonly ContratEvent['type'][];
