import type { ComiteEvent, MembreComite } from './comite.events';

export type ComiteState =
  | { statut: 'inexistant' }
  | {
      statut: 'convoque' | 'clos';
      comiteId: string;
      annee: number;
      date: string;
      membres: Record<string, MembreComite>;
      dossiersDecides: string[];
    };

export const initialComiteState = (): ComiteState => ({ statut: 'inexistant' });

export function evolveComite(state: ComiteState, event: ComiteEvent): ComiteState {
  switch (event.type) {
    case 'ComiteConvoque':
      return {
        statut: 'convoque',
        comiteId: event.data.comiteId,
        annee: event.data.annee,
        date: event.data.date,
        membres: Object.fromEntries(event.data.membres.map((membre) => [membre.organisationId, membre])),
        dossiersDecides: [],
      };
    case 'ProgrammationArretee':
      return state.statut === 'inexistant'
        ? state
        : { ...state, dossiersDecides: [...state.dossiersDecides, ...event.data.decisions.map((decision) => decision.dossierId)] };
    case 'ComiteClos':
      return state.statut === 'inexistant' ? state : { ...state, statut: 'clos' };
  }
}
