import { communeCle, type CommuneRef } from '../shared/commune';
import { cleStatistique, type Statistique } from '../shared/statistique';
import type { GenerationQpv } from '../shared/validators';
import type { CategorieQuartier, LienQpv, QpvDeclare, QpvEvent } from './qpv.events';

export interface QpvState {
  statut: 'inexistant' | 'actif' | 'remplace' | 'retire';
  qpvId: string;
  categorie: CategorieQuartier;
  code: string | null;
  generation: GenerationQpv | null;
  nom: string;
  alias: string[];
  communes: CommuneRef[];
  successeurs: LienQpv[];
  /** The declaration as recorded, to recognise a repeated DeclarerQpv. */
  declaration: QpvDeclare['data'] | null;
  statistiques: Record<string, Statistique>;
}

export const initialQpvState = (): QpvState => ({
  statut: 'inexistant',
  qpvId: '',
  categorie: 'qpv',
  code: null,
  generation: null,
  nom: '',
  alias: [],
  communes: [],
  successeurs: [],
  declaration: null,
  statistiques: {},
});

export function evolveQpv(state: QpvState, event: QpvEvent): QpvState {
  switch (event.type) {
    case 'QpvDeclare': {
      const { qpvId, categorie, code, generation, nom, alias, communes } = event.data;
      return { ...state, statut: 'actif', qpvId, categorie, code, generation, nom, alias, communes, declaration: event.data };
    }
    case 'CodeQpvAttribue':
      return { ...state, code: event.data.code, generation: event.data.generation };
    case 'QpvRenomme':
      return { ...state, nom: event.data.nom };
    case 'AliasQpvAjoute':
      return { ...state, alias: [...state.alias, event.data.alias] };
    case 'CommuneQpvRattachee':
      return { ...state, communes: [...state.communes, event.data.commune] };
    case 'CommuneQpvDetachee': {
      const key = communeCle(event.data.commune);
      return { ...state, communes: state.communes.filter((commune) => communeCle(commune) !== key) };
    }
    case 'QpvRemplace':
      return { ...state, statut: 'remplace', successeurs: [...state.successeurs, ...event.data.successeurs] };
    case 'QpvRetire':
      return { ...state, statut: 'retire' };
    case 'StatistiqueQpvEnregistree':
      return { ...state, statistiques: { ...state.statistiques, [cleStatistique(event.data.statistique)]: event.data.statistique } };
    default:
      return state;
  }
}
