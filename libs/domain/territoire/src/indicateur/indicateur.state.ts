import { canonicalJson } from '@cdv/eventsourcing';
import type { RefNoeud } from '../shared/references';
import type { IndicateurDefini, IndicateurEvent, TypeVentilation, ValeurIndicateur } from './indicateur.events';

export interface IndicateurState {
  statut: 'inexistant' | 'defini';
  indicateurId: string;
  ventilations: TypeVentilation[];
  tranchesAge: string[];
  noeuds: RefNoeud[];
  /** By cleValeur. */
  valeurs: Record<string, ValeurIndicateur>;
  definition: IndicateurDefini['data'] | null;
}

export const initialIndicateurState = (): IndicateurState => ({
  statut: 'inexistant',
  indicateurId: '',
  ventilations: [],
  tranchesAge: [],
  noeuds: [],
  valeurs: {},
  definition: null,
});

export function cleValeur(valeur: Pick<ValeurIndicateur, 'annee' | 'date' | 'ventilation' | 'engagementId'>): string {
  return [valeur.annee ?? '', valeur.date ?? '', valeur.ventilation ? canonicalJson(valeur.ventilation) : '', valeur.engagementId ?? ''].join('|');
}

function sansIndicateur<T extends { indicateurId: string }>(value: T): Omit<T, 'indicateurId'> {
  const { indicateurId: _id, ...rest } = value;
  return rest;
}

export function evolveIndicateur(state: IndicateurState, event: IndicateurEvent): IndicateurState {
  switch (event.type) {
    case 'IndicateurDefini':
      return {
        ...state,
        statut: 'defini',
        indicateurId: event.data.indicateurId,
        ventilations: event.data.ventilations,
        tranchesAge: event.data.tranchesAge,
        noeuds: event.data.noeuds,
        definition: event.data,
      };
    case 'IndicateurRattacheObjectif':
      return { ...state, noeuds: [...state.noeuds, event.data.noeud] };
    case 'ValeurIndicateurRenseignee':
      return { ...state, valeurs: { ...state.valeurs, [cleValeur(event.data)]: sansIndicateur(event.data) } };
    case 'ValeurIndicateurCorrigee': {
      const { precedente: _previous, ...valeur } = sansIndicateur(event.data);
      return { ...state, valeurs: { ...state.valeurs, [cleValeur(event.data)]: valeur } };
    }
    default:
      return state;
  }
}
