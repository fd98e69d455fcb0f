import type { Command } from '@cdv/eventsourcing';
import type { CommuneRef } from '../shared/commune';
import type { DatePartielle } from '../shared/dates';
import type { Validation } from '../shared/validation';
import type { NatureAvenant, Periode, Signataire, Signature } from './contrat.events';

export type EnregistrerContrat = Command<'EnregistrerContrat', { contratId: string; intitule: string; periode: Periode | null }>;
export type SignerContrat = Command<
  'SignerContrat',
  { signeLe: DatePartielle | null; lieu?: string | null; signataires: Signataire[]; nombreSignatairesDeclare?: number | null }
>;
/** After the signature: needs metadata.reason. */
export type AjouterSignataire = Command<'AjouterSignataire', { signataire: Signataire; depuis: DatePartielle | null }>;
/** Term change; after the signature it needs metadata.reason. */
export type ProrogerContrat = Command<'ProrogerContrat', { nouvelleFin: DatePartielle; fondementJuridique: string | null; dateEffet: DatePartielle | null }>;
export type EnregistrerAvenant = Command<
  'EnregistrerAvenant',
  {
    avenantId: string;
    intitule: string;
    nature: NatureAvenant | null;
    alias?: string[];
    dateDocument?: DatePartielle | null;
    validations?: Validation[];
    periode?: Periode | null;
    signatairesPrevus?: Signataire[];
  }
>;
export type SignerAvenant = Command<'SignerAvenant', { avenantId: string; signeLe: DatePartielle | null; lieu?: string | null; signatures: Signature[] }>;
export type AnnexerDocument = Command<'AnnexerDocument', { documentId: string; intitule: string; date?: DatePartielle | null; note?: string | null }>;
export type ConclureConventionOperationnelle = Command<
  'ConclureConventionOperationnelle',
  { conventionId: string; commune: CommuneRef; intitule: string; periode?: Periode | null; signeLe?: DatePartielle | null }
>;

export type ContratCommand =
  | EnregistrerContrat
  | SignerContrat
  | AjouterSignataire
  | ProrogerContrat
  | EnregistrerAvenant
  | SignerAvenant
  | AnnexerDocument
  | ConclureConventionOperationnelle;
