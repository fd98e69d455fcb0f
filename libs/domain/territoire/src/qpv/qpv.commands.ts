import type { Command } from '@cdv/eventsourcing';
import type { CommuneRef } from '../shared/commune';
import type { DateIso } from '../shared/dates';
import type { Statistique } from '../shared/statistique';
import type { GenerationQpv } from '../shared/validators';
import type { CategorieQuartier, LienQpv, Reconnaissance, Validite } from './qpv.events';

export type DeclarerQpv = Command<
  'DeclarerQpv',
  {
    qpvId: string;
    categorie: CategorieQuartier;
    code: string | null;
    /** Deduced from the code when omitted; required for a QPV without code. */
    generation?: GenerationQpv | null;
    /** Defaults to the validity of the generation. */
    validite?: Validite;
    nom: string;
    alias?: string[];
    communes: CommuneRef[];
    zonages?: string[];
    reconnaissance?: Reconnaissance | null;
    predecesseurs?: LienQpv[];
  }
>;
/** Attaches the official code; replacing a different code is a correction and needs a reason. */
export type AttribuerCodeQpv = Command<'AttribuerCodeQpv', { code: string }>;
export type RenommerQpv = Command<'RenommerQpv', { nom: string }>;
export type AjouterAliasQpv = Command<'AjouterAliasQpv', { alias: string }>;
export type RattacherCommuneQpv = Command<'RattacherCommuneQpv', { commune: CommuneRef }>;
export type DetacherCommuneQpv = Command<'DetacherCommuneQpv', { commune: CommuneRef }>;
export type RemplacerQpv = Command<'RemplacerQpv', { successeurs: LienQpv[]; dateEffet: DateIso }>;
/** Needs metadata.reason (a quartier leaves the priority geography). */
export type RetirerQpv = Command<'RetirerQpv', { dateEffet: DateIso }>;
export type EnregistrerStatistiqueQpv = Command<'EnregistrerStatistiqueQpv', { statistique: Statistique }>;

export type QpvCommand =
  | DeclarerQpv
  | AttribuerCodeQpv
  | RenommerQpv
  | AjouterAliasQpv
  | RattacherCommuneQpv
  | DetacherCommuneQpv
  | RemplacerQpv
  | RetirerQpv
  | EnregistrerStatistiqueQpv;
