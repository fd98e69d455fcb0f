import type { Cents } from '@cdv/eventsourcing';
import type { PieceRequise } from '../pieces/piece.types';
import type { AppelEvent, ComitePrevu } from './appel.events';

export type StatutAppel = 'ouvert' | 'clos' | 'exercice_clos';

export type AppelState =
  | { statut: 'inexistant' }
  | {
      statut: StatutAppel;
      annee: number;
      ouvertureLe: string;
      clotureLe: string;
      /** Envelope amount by `financeurId` or `financeurId:nature`. */
      enveloppes: Record<string, Cents>;
      comites: Record<string, ComitePrevu>;
      /** What a deposit and a bilan need (DefinirPiecesRequises); none until set. */
      piecesRequises: PieceRequise[];
    };

export const initialAppelState = (): AppelState => ({ statut: 'inexistant' });

export function enveloppeKey(financeurId: string, nature?: string): string {
  return nature ? `${financeurId}:${nature}` : financeurId;
}

export function evolveAppel(state: AppelState, event: AppelEvent): AppelState {
  switch (event.type) {
    case 'AppelAProjetsOuvert':
      return {
        statut: 'ouvert',
        annee: event.data.annee,
        ouvertureLe: event.data.ouvertureLe,
        clotureLe: event.data.clotureLe,
        enveloppes: Object.fromEntries(event.data.enveloppes.map((e) => [enveloppeKey(e.financeur.id, e.nature), e.montant])),
        comites: Object.fromEntries(event.data.comites.map((c) => [c.comiteId, c])),
        piecesRequises: [],
      };
    case 'EnveloppeFixee':
      if (state.statut === 'inexistant') return state;
      return { ...state, enveloppes: { ...state.enveloppes, [enveloppeKey(event.data.financeur.id, event.data.nature)]: event.data.montant } };
    case 'ComitePlanifie': {
      if (state.statut === 'inexistant') return state;
      const { annee: _annee, ...comite } = event.data;
      return { ...state, comites: { ...state.comites, [comite.comiteId]: comite } };
    }
    case 'AppelAProjetsClos':
      return state.statut === 'inexistant' ? state : { ...state, statut: 'clos' };
    case 'ExerciceCloture':
      return state.statut === 'inexistant' ? state : { ...state, statut: 'exercice_clos' };
    case 'PiecesRequisesDefinies':
      return state.statut === 'inexistant' ? state : { ...state, piecesRequises: event.data.pieces };
    case 'DateClotureModifiee':
      return state.statut === 'inexistant' ? state : { ...state, clotureLe: event.data.clotureLe, statut: event.data.reouvert ? 'ouvert' : state.statut };
  }
}
