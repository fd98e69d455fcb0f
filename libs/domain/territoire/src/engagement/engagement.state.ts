import type { CibleIndicateur, EngagementEvent, EngagementPris, StatutEngagement } from './engagement.events';

export interface EngagementState {
  statut: 'inexistant' | 'pris';
  engagementId: string;
  suivi: StatutEngagement;
  indicateurIds: string[];
  /** By cleCible. */
  cibles: Record<string, CibleIndicateur>;
  engagement: EngagementPris['data'] | null;
}

export const initialEngagementState = (): EngagementState => ({
  statut: 'inexistant',
  engagementId: '',
  suivi: 'non_renseigne',
  indicateurIds: [],
  cibles: {},
  engagement: null,
});

export function cleCible(cible: Pick<CibleIndicateur, 'indicateurId' | 'annee' | 'periode' | 'ventilation'>): string {
  return [cible.indicateurId, cible.annee ?? '', cible.periode ?? '', cible.ventilation ?? ''].join('|');
}

function sansEngagement<T extends { engagementId: string }>(value: T): Omit<T, 'engagementId'> {
  const { engagementId: _id, ...rest } = value;
  return rest;
}

export function evolveEngagement(state: EngagementState, event: EngagementEvent): EngagementState {
  switch (event.type) {
    case 'EngagementPris':
      return {
        ...state,
        statut: 'pris',
        engagementId: event.data.engagementId,
        suivi: event.data.statut,
        indicateurIds: event.data.indicateurIds,
        engagement: event.data,
      };
    case 'IndicateurRattacheEngagement':
      return { ...state, indicateurIds: [...state.indicateurIds, event.data.indicateurId] };
    case 'CibleIndicateurFixee':
      return { ...state, cibles: { ...state.cibles, [cleCible(event.data)]: sansEngagement(event.data) } };
    case 'CibleIndicateurModifiee': {
      const { precedente: _previous, ...cible } = sansEngagement(event.data);
      return { ...state, cibles: { ...state.cibles, [cleCible(event.data)]: cible } };
    }
    case 'StatutEngagementChange':
      return { ...state, suivi: event.data.statut };
    default:
      return state;
  }
}
