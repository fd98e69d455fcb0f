import type { SceauEvent } from './sceau.events';

export interface DernierSceau {
  numero: number;
  position: number;
  racine: string;
  nombreEvenements: number;
}

export interface SceauxState {
  /** Seals posed so far; the next one is numbered `nombre`. */
  nombre: number;
  dernier: DernierSceau | null;
}

export function initialSceauxState(): SceauxState {
  return { nombre: 0, dernier: null };
}

export function evolveSceaux(state: SceauxState, event: SceauEvent): SceauxState {
  switch (event.type) {
    case 'SceauPose': {
      const { numero, position, racine, nombreEvenements } = event.data;
      return { nombre: state.nombre + 1, dernier: { numero, position, racine, nombreEvenements } };
    }
    default:
      return state;
  }
}
