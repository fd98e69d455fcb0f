import type { Cents } from '@cdv/eventsourcing';
import { evolvePieces, type PiecesState } from '../pieces/piece.state';
import type { FinanceurRef, ModaliteFinancement, NatureFinancement, PorteurRef, SerieRef, Tag } from '../shared/references';
import type { DossierChamps, DossierEvent, TypeConvention, ValeurAvis } from './dossier.events';

export const STATUTS_DOSSIER = [
  'depose',
  'en_instruction',
  'retenu',
  'non_retenu',
  'ajourne',
  'conventionne',
  'en_cours',
  'bilan_depose',
  'solde',
  'abandonne',
] as const;
export type StatutDossier = (typeof STATUTS_DOSSIER)[number];

/** Each line moves on its own (docs/design.md §3): demande → propose → vote | refuse → engage → verse → justifie. */
export type StatutLigne = 'demande' | 'propose' | 'vote' | 'refuse' | 'engage' | 'verse' | 'justifie';

export interface LigneState {
  ligneId: string;
  financeur: FinanceurRef;
  nature: NatureFinancement;
  modalite: ModaliteFinancement;
  dispositif?: Tag;
  statut: StatutLigne;
  demande: Cents;
  propose: Cents | null;
  vote: Cents | null;
  engage: Cents | null;
  verse: Cents;
  justifie: Cents | null;
  /** A `solde` versement closes the line's payments. */
  soldee: boolean;
}

export interface DossierExistant {
  statut: StatutDossier;
  dossierId: string;
  annee: number;
  porteur: PorteurRef;
  serie: SerieRef;
  champs: DossierChamps;
  lignes: Record<string, LigneState>;
  /** Latest avis by author organisation. */
  avis: Record<string, ValeurAvis>;
  versementIds: string[];
  indicateurs: Record<string, number>;
  bilanDepose: boolean;
  convention: { id: string; type: TypeConvention } | null;
  /** Pièces justificatives of the deposit and of the bilan. */
  pieces: PiecesState;
}

export type DossierState = { statut: 'inexistant' } | DossierExistant;

export const initialDossierState = (): DossierState => ({ statut: 'inexistant' });

/** Lines that still count in the plan de financement (a refused line asks nothing any more). */
export function lignesActives(state: DossierExistant): LigneState[] {
  return Object.values(state.lignes).filter((ligne) => ligne.statut !== 'refuse');
}

export function totalDemande(state: DossierExistant, sauf?: string): Cents {
  return lignesActives(state)
    .filter((ligne) => ligne.ligneId !== sauf)
    .reduce((sum, ligne) => sum + ligne.demande, 0);
}

/** A line's amount at its latest stage: what rules compare. */
export function montantCourant(ligne: LigneState): Cents {
  return ligne.vote ?? ligne.propose ?? ligne.demande;
}

export function evolveDossier(state: DossierState, event: DossierEvent): DossierState {
  if (event.type === 'DossierDepose') {
    const { dossierId, annee, porteur, serie, depotTardif: _t, referenceExterne: _r, origine: _o, synthetique: _s, ...champs } = event.data;
    return {
      statut: 'depose',
      dossierId,
      annee,
      porteur,
      serie,
      champs,
      lignes: {},
      avis: {},
      versementIds: [],
      indicateurs: {},
      bilanDepose: false,
      convention: null,
      pieces: {},
    };
  }
  if (state.statut === 'inexistant') return state;
  const ligne = (id: string, patch: (current: LigneState) => Partial<LigneState>): DossierExistant => {
    const current = state.lignes[id];
    return current ? { ...state, lignes: { ...state.lignes, [id]: { ...current, ...patch(current) } } } : state;
  };
  switch (event.type) {
    case 'DossierModifie': {
      const champs: DossierChamps = { ...state.champs };
      for (const [field, change] of Object.entries(event.data.changes)) {
        Object.assign(champs, { [field]: change?.after ?? undefined });
      }
      return { ...state, champs };
    }
    case 'FinancementDemande': {
      const { ligneId, financeur, nature, modalite, dispositif, montant } = event.data;
      const nouvelle: LigneState = {
        ligneId,
        financeur,
        nature,
        modalite,
        ...(dispositif ? { dispositif } : {}),
        statut: 'demande',
        demande: montant,
        propose: null,
        vote: null,
        engage: null,
        verse: 0,
        justifie: null,
        soldee: false,
      };
      return { ...state, lignes: { ...state.lignes, [ligneId]: nouvelle } };
    }
    case 'DemandeFinancementRetiree': {
      const { [event.data.ligneId]: _removed, ...lignes } = state.lignes;
      return { ...state, lignes };
    }
    case 'DossierMisEnInstruction':
      return { ...state, statut: 'en_instruction' };
    case 'AvisEmis':
      return { ...state, avis: { ...state.avis, [event.data.auteur.id]: event.data.avis } };
    case 'FinancementPropose':
      return ligne(event.data.ligneId, () => ({ statut: 'propose', propose: event.data.montant }));
    case 'FinancementVote':
      return ligne(event.data.ligneId, () => ({ statut: 'vote', vote: event.data.montant }));
    case 'FinancementRefuse':
      return ligne(event.data.ligneId, () => ({ statut: 'refuse' }));
    case 'DossierRetenu':
      return { ...state, statut: 'retenu' };
    case 'DossierNonRetenu':
      return { ...state, statut: 'non_retenu' };
    case 'DossierAjourne':
      return { ...state, statut: 'ajourne' };
    case 'DossierAbandonne':
      return { ...state, statut: 'abandonne' };
    case 'DossierRattacheASerie':
      return { ...state, serie: event.data.serie };
    case 'DossierConventionne':
      return { ...state, statut: 'conventionne', convention: { id: event.data.conventionId, type: event.data.typeConvention } };
    case 'ActionDemarree':
      return { ...state, statut: 'en_cours' };
    case 'FinancementEngage':
      return ligne(event.data.ligneId, () => ({ statut: 'engage', engage: event.data.montant }));
    case 'VersementEffectue': {
      const next = ligne(event.data.ligneId, (current) => ({
        statut: 'verse',
        verse: current.verse + event.data.montant,
        soldee: current.soldee || event.data.type === 'solde',
      }));
      return { ...next, versementIds: [...state.versementIds, event.data.versementId] };
    }
    case 'BilanDepose':
      return { ...state, statut: 'bilan_depose', bilanDepose: true };
    case 'IndicateurRenseigne':
      return { ...state, indicateurs: { ...state.indicateurs, [event.data.indicateurId]: event.data.valeur } };
    case 'FinancementJustifie':
      return ligne(event.data.ligneId, () => ({ statut: 'justifie', justifie: event.data.montant }));
    case 'ReliquatsConstates':
      return state;
    case 'DossierSolde':
      return { ...state, statut: 'solde' };
    case 'MontantCorrige':
      return ligne(event.data.ligneId, () => ({ [event.data.etape]: event.data.apres }));
    case 'PieceDeposee':
    case 'PieceRemplacee':
    case 'PieceRetiree':
      return { ...state, pieces: evolvePieces(state.pieces, event) };
  }
}
