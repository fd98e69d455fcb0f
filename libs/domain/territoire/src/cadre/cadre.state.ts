import type { CadreEvent, CadreStrategiqueDefini, ObjectifAjoute } from './cadre.events';

export interface CadreState {
  statut: 'inexistant' | 'defini';
  cadreId: string;
  versions: Record<number, CadreStrategiqueDefini['data']>;
  derniereVersion: number;
  /** Every node of every version as added, by id (ids are unique across versions). */
  noeuds: Record<string, ObjectifAjoute['data']>;
  /** Display labels set after the node was added. */
  libellesAffiches: Record<string, string | null>;
  /** `${versionSource}>${versionCible}:${de}` → target node ids. */
  correspondances: Record<string, string[]>;
}

export const initialCadreState = (): CadreState => ({
  statut: 'inexistant',
  cadreId: '',
  versions: {},
  derniereVersion: 0,
  noeuds: {},
  libellesAffiches: {},
  correspondances: {},
});

export function libelleAfficheDe(state: CadreState, noeudId: string): string | null {
  return noeudId in state.libellesAffiches ? state.libellesAffiches[noeudId] : (state.noeuds[noeudId]?.libelleAffiche ?? null);
}

export function cleCorrespondance(source: number, cible: number, de: string): string {
  return `${source}>${cible}:${de}`;
}

export function evolveCadre(state: CadreState, event: CadreEvent): CadreState {
  switch (event.type) {
    case 'CadreStrategiqueDefini':
      return {
        ...state,
        statut: 'defini',
        cadreId: event.data.cadreId,
        versions: { ...state.versions, [event.data.version]: event.data },
        derniereVersion: Math.max(state.derniereVersion, event.data.version),
      };
    case 'ObjectifAjoute':
      return { ...state, noeuds: { ...state.noeuds, [event.data.noeudId]: event.data } };
    case 'LibelleAfficheDefini':
      return { ...state, libellesAffiches: { ...state.libellesAffiches, [event.data.noeudId]: event.data.libelleAffiche } };
    case 'CorrespondanceVersionsDeclaree': {
      const correspondances = { ...state.correspondances };
      for (const { de, vers } of event.data.correspondances) {
        correspondances[cleCorrespondance(event.data.versionSource, event.data.versionCible, de)] = vers;
      }
      return { ...state, correspondances };
    }
    default:
      return state;
  }
}
