import { refuse, type Refusal } from '@cdv/eventsourcing';
import type { PieceCommand } from '../pieces/piece.commands';
import { decidePiece, type DetenteurPieces } from '../pieces/piece.decide';
import type { DetenteurDossier } from '../pieces/piece.events';
import { piecesManquantes } from '../pieces/piece.state';
import type { CiblePiece, EtapePieceRequise } from '../pieces/piece.types';
import type { ContextePiecesRequises } from './dossier.commands';
import type { DossierEvent } from './dossier.events';
import type { DossierExistant, StatutDossier } from './dossier.state';

/** While the dossier lives (a soldé dossier is refused before any of this: it is read-only). */
const DOSSIER_VIVANT: readonly StatutDossier[] = ['depose', 'en_instruction', 'retenu', 'conventionne', 'en_cours', 'bilan_depose'];
/** The bilan's pieces come with the action under way, until the solde. */
const BILAN_OUVERT: readonly StatutDossier[] = ['en_cours', 'bilan_depose'];

/** Pièces justificatives of a dossier (cible `dossier`) and of its bilan (cible `bilan`). */
export function decidePiecesDossier(command: PieceCommand<DetenteurDossier>, state: DossierExistant): DossierEvent[] | Refusal {
  return decidePiece(command, detenteurDossier(state));
}

function detenteurDossier(state: DossierExistant): DetenteurPieces<DetenteurDossier> {
  return {
    ref: { dossierId: state.dossierId },
    porteurId: state.porteur.id,
    pieces: state.pieces,
    accepte(cible: CiblePiece, command: string): Refusal | null {
      if (cible === 'dossier') return DOSSIER_VIVANT.includes(state.statut) ? null : refuse.invalidTransition(state.statut, command);
      if (cible === 'bilan') {
        return BILAN_OUVERT.includes(state.statut)
          ? null
          : refuse.invalidTransition(state.statut, command, `the bilan's pieces come once the action is under way (the dossier is ${state.statut})`);
      }
      return refuse.validation('cible', `a dossier holds pieces of its deposit (dossier) and of its bilan (bilan), not ${cible}`, { value: cible });
    },
    // Once the instruction (or the bilan's examination) started, what the instructeurs read stays: replace it.
    porteurPeutRetirer: (cible) => (cible === 'bilan' ? state.statut === 'en_cours' : state.statut === 'depose'),
  };
}

/**
 * The refusal that names the pieces still missing for an étape, or null. The pieces asked are the appel's
 * (passed by the application); without them (imports, seeds) nothing is checked.
 */
export function exigerPieces(state: DossierExistant, contexte: ContextePiecesRequises | undefined, etape: EtapePieceRequise): Refusal | null {
  if (!contexte) return null;
  const manquantes = piecesManquantes(state.pieces, contexte.piecesRequises, etape, state.porteur.kind);
  if (manquantes.length === 0) return null;
  const noms = manquantes.map((type) => `« ${type.libelle} »`).join(', ');
  return refuse.validation('pieces', `${etape === 'depot' ? 'the deposit' : 'the bilan'} lacks required pieces: ${noms}`, { etape, manquantes });
}
