import type { TypeConvention } from '../dossier/dossier.events';
import { evolvePieces, type PiecesState } from '../pieces/piece.state';
import type { FinanceurRef } from '../shared/references';
import type { ConventionStreamEvent } from './convention.events';

export type ConventionState =
  | { statut: 'inexistant' }
  | {
      statut: 'signee';
      conventionId: string;
      typeConvention: TypeConvention;
      anneeDebut: number;
      anneeFin: number;
      signataires: Record<string, FinanceurRef>;
      /** Year of each linked dossier. */
      dossiers: Record<string, number>;
      /** `{annee}:{dossierId}:{ligneId}` of the tranches engaged. */
      tranches: string[];
      /** The porteur who signed: it acts on the convention's pieces. */
      porteurId: string;
      pieces: PiecesState;
    };

export const initialConventionState = (): ConventionState => ({ statut: 'inexistant' });

export const trancheKey = (annee: number, dossierId: string, ligneId: string) => `${annee}:${dossierId}:${ligneId}`;

export function evolveConvention(state: ConventionState, event: ConventionStreamEvent): ConventionState {
  switch (event.type) {
    case 'ConventionSignee':
      return {
        statut: 'signee',
        conventionId: event.data.conventionId,
        typeConvention: event.data.typeConvention,
        anneeDebut: event.data.anneeDebut,
        anneeFin: event.data.anneeFin,
        signataires: Object.fromEntries(event.data.signataires.map((financeur) => [financeur.id, financeur])),
        dossiers: Object.fromEntries(event.data.dossiers.map((dossier) => [dossier.dossierId, dossier.annee])),
        tranches: [],
        porteurId: event.data.porteur.id,
        pieces: {},
      };
    case 'DossierRattacheAConvention':
      return state.statut === 'inexistant' ? state : { ...state, dossiers: { ...state.dossiers, [event.data.dossierId]: event.data.annee } };
    case 'TrancheEngagee':
      return state.statut === 'inexistant'
        ? state
        : { ...state, tranches: [...state.tranches, trancheKey(event.data.annee, event.data.dossierId, event.data.ligneId)] };
    case 'PieceDeposee':
    case 'PieceRemplacee':
    case 'PieceRetiree':
      return state.statut === 'inexistant' ? state : { ...state, pieces: evolvePieces(state.pieces, event) };
  }
}
