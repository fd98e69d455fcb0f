import type { Chiffre, ChiffresEvent } from './chiffres.events';

export interface ChiffresState {
  documentId: string | null;
  /** As declared, by chiffreId (to recognise a repeated declaration). */
  declares: Record<string, Chiffre>;
  /** Current value, after corrections. */
  courants: Record<string, Chiffre>;
}

export const initialChiffresState = (): ChiffresState => ({ documentId: null, declares: {}, courants: {} });

export function evolveChiffres(state: ChiffresState, event: ChiffresEvent): ChiffresState {
  switch (event.type) {
    case 'ChiffreDeclare': {
      const { documentId, ...chiffre } = event.data;
      return {
        documentId,
        declares: { ...state.declares, [chiffre.chiffreId]: chiffre },
        courants: { ...state.courants, [chiffre.chiffreId]: chiffre },
      };
    }
    case 'ChiffreCorrige': {
      const current = state.courants[event.data.chiffreId];
      if (!current) return state;
      const { valeurImprimee, valeur, localisation } = event.data;
      return { ...state, courants: { ...state.courants, [current.chiffreId]: { ...current, valeurImprimee, valeur, localisation } } };
    }
    default:
      return state;
  }
}
