import type {
  AvenantEnregistre,
  AvenantSigne,
  ContratEvent,
  ConventionOperationnelleConclue,
  DocumentAnnexe,
  Periode,
  Signataire,
  ContratEnregistre,
  ContratSigne,
} from './contrat.events';

export interface ContratState {
  statut: 'inexistant' | 'enregistre' | 'signe';
  contratId: string;
  intitule: string;
  periode: Periode | null;
  /** The registration as recorded, to recognise a repeated EnregistrerContrat after prorogations. */
  enregistrement: ContratEnregistre['data'] | null;
  signature: ContratSigne['data'] | null;
  signataires: Signataire[];
  avenants: Record<string, { enregistrement: AvenantEnregistre['data']; signature: AvenantSigne['data'] | null }>;
  documents: Record<string, DocumentAnnexe['data']>;
  conventions: Record<string, ConventionOperationnelleConclue['data']>;
}

export const initialContratState = (): ContratState => ({
  statut: 'inexistant',
  contratId: '',
  intitule: '',
  periode: null,
  enregistrement: null,
  signature: null,
  signataires: [],
  avenants: {},
  documents: {},
  conventions: {},
});

export function evolveContrat(state: ContratState, event: ContratEvent): ContratState {
  switch (event.type) {
    case 'ContratEnregistre':
      return {
        ...state,
        statut: 'enregistre',
        contratId: event.data.contratId,
        intitule: event.data.intitule,
        periode: event.data.periode,
        enregistrement: event.data,
      };
    case 'ContratSigne':
      return { ...state, statut: 'signe', signature: event.data, signataires: event.data.signataires };
    case 'SignataireAjoute':
      return { ...state, signataires: [...state.signataires, event.data.signataire] };
    case 'ContratProroge':
      return { ...state, periode: state.periode ? { ...state.periode, fin: event.data.nouvelleFin } : state.periode };
    case 'AvenantEnregistre':
      return { ...state, avenants: { ...state.avenants, [event.data.avenantId]: { enregistrement: event.data, signature: null } } };
    case 'AvenantSigne': {
      const avenant = state.avenants[event.data.avenantId];
      return avenant ? { ...state, avenants: { ...state.avenants, [event.data.avenantId]: { ...avenant, signature: event.data } } } : state;
    }
    case 'DocumentAnnexe':
      return { ...state, documents: { ...state.documents, [event.data.documentId]: event.data } };
    case 'ConventionOperationnelleConclue':
      return { ...state, conventions: { ...state.conventions, [event.data.conventionId]: event.data } };
    default:
      return state;
  }
}
