import type { Command } from '@cdv/eventsourcing';
import type { CommuneRef } from '../shared/commune';
import type { DatePartielle } from '../shared/dates';
import type { Statistique } from '../shared/statistique';
import type { NatureEpci, Predecesseur } from './territoire.events';

export interface CommuneARattacher extends CommuneRef {
  alias?: string[];
  depuis?: DatePartielle | null;
}

export type OuvrirTerritoire = Command<
  'OuvrirTerritoire',
  {
    siren: string | null;
    nom: string;
    nomUsuel?: string | null;
    acronyme?: string | null;
    nature: NatureEpci | null;
    departement?: string | null;
    region?: string | null;
    communes?: CommuneARattacher[];
    predecesseurs?: Predecesseur[];
  }
>;
/** `acronyme`/`nomUsuel` left undefined stay unchanged; null clears them. */
export type RenommerTerritoire = Command<'RenommerTerritoire', { nom: string; acronyme?: string | null; nomUsuel?: string | null }>;
export type ChangerNatureTerritoire = Command<'ChangerNatureTerritoire', { nature: NatureEpci; depuis: DatePartielle }>;
export type AttribuerSirenTerritoire = Command<'AttribuerSirenTerritoire', { siren: string }>;
export type RattacherCommune = Command<'RattacherCommune', CommuneARattacher>;
/** The commune is named by its INSEE code, or by its name while it has none. */
export type DetacherCommune = Command<'DetacherCommune', { commune: CommuneRef; jusquAu: DatePartielle | null }>;
export type AjouterAliasCommune = Command<'AjouterAliasCommune', { commune: CommuneRef; alias: string }>;
export type AttribuerCodeInseeCommune = Command<'AttribuerCodeInseeCommune', { nom: string; codeInsee: string }>;
export type DeclarerPredecesseur = Command<'DeclarerPredecesseur', { predecesseur: Predecesseur }>;
export type EnregistrerStatistiqueTerritoire = Command<'EnregistrerStatistiqueTerritoire', { statistique: Statistique }>;

export type TerritoireCommand =
  | OuvrirTerritoire
  | RenommerTerritoire
  | ChangerNatureTerritoire
  | AttribuerSirenTerritoire
  | RattacherCommune
  | DetacherCommune
  | AjouterAliasCommune
  | AttribuerCodeInseeCommune
  | DeclarerPredecesseur
  | EnregistrerStatistiqueTerritoire;
