import { communeCle, type CommuneRef } from '../shared/commune';
import { cleStatistique, type Statistique } from '../shared/statistique';
import type { NatureEpci, Predecesseur, TerritoireEvent } from './territoire.events';
import { normaliserTexte } from '@cdv/shared-kernel';

export interface CommuneDuTerritoire extends CommuneRef {
  alias: string[];
  rattachee: boolean;
}

export interface TerritoireState {
  statut: 'inexistant' | 'ouvert';
  siren: string | null;
  nom: string;
  nomUsuel: string | null;
  acronyme: string | null;
  nature: NatureEpci | null;
  departement: string | null;
  region: string | null;
  /** By communeCle (INSEE code, or `nom:` + normalised name). */
  communes: Record<string, CommuneDuTerritoire>;
  /** By normalised name. */
  predecesseurs: Record<string, Predecesseur>;
  /** By cleStatistique. */
  statistiques: Record<string, Statistique>;
}

export const initialTerritoireState = (): TerritoireState => ({
  statut: 'inexistant',
  siren: null,
  nom: '',
  nomUsuel: null,
  acronyme: null,
  nature: null,
  departement: null,
  region: null,
  communes: {},
  predecesseurs: {},
  statistiques: {},
});

/** Finds a commune by its key, or by name when the caller names it without the code the state now has. */
export function trouverCommune(state: TerritoireState, commune: CommuneRef): CommuneDuTerritoire | undefined {
  const direct = state.communes[communeCle(commune)];
  if (direct) return direct;
  if (commune.codeInsee !== null) return undefined;
  const nom = normaliserTexte(commune.nom);
  return Object.values(state.communes).find(
    (candidate) => normaliserTexte(candidate.nom) === nom || candidate.alias.some((alias) => normaliserTexte(alias) === nom),
  );
}

export function evolveTerritoire(state: TerritoireState, event: TerritoireEvent): TerritoireState {
  switch (event.type) {
    case 'TerritoireOuvert':
      return { ...state, statut: 'ouvert', ...event.data };
    case 'TerritoireRenomme':
      return { ...state, nom: event.data.nom, nomUsuel: event.data.nomUsuel, acronyme: event.data.acronyme };
    case 'NatureTerritoireChangee':
      return { ...state, nature: event.data.nature };
    case 'SirenTerritoireAttribue':
      return { ...state, siren: event.data.siren };
    case 'CommuneRattachee': {
      const { commune, alias } = event.data;
      return { ...state, communes: { ...state.communes, [communeCle(commune)]: { ...commune, alias, rattachee: true } } };
    }
    case 'CommuneDetachee': {
      const key = communeCle(event.data.commune);
      const current = state.communes[key];
      return current ? { ...state, communes: { ...state.communes, [key]: { ...current, rattachee: false } } } : state;
    }
    case 'AliasCommuneAjoute': {
      const key = communeCle(event.data.commune);
      const current = state.communes[key];
      if (!current) return state;
      return { ...state, communes: { ...state.communes, [key]: { ...current, alias: [...current.alias, event.data.alias] } } };
    }
    case 'CodeInseeCommuneAttribue': {
      const oldKey = communeCle({ codeInsee: null, nom: event.data.nom });
      const current = state.communes[oldKey];
      if (!current) return state;
      const { [oldKey]: _moved, ...others } = state.communes;
      return { ...state, communes: { ...others, [event.data.codeInsee]: { ...current, codeInsee: event.data.codeInsee } } };
    }
    case 'PredecesseurDeclare':
      return {
        ...state,
        predecesseurs: { ...state.predecesseurs, [normaliserTexte(event.data.predecesseur.nom)]: event.data.predecesseur },
      };
    case 'StatistiqueTerritoireEnregistree':
      return {
        ...state,
        statistiques: { ...state.statistiques, [cleStatistique(event.data.statistique)]: event.data.statistique },
      };
    default:
      return state;
  }
}
