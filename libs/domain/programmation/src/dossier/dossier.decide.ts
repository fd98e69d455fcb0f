// The dossier's decide: the checks every command passes, then the phase that decides it (dossier-*.decide.ts).
import { refuse } from '@cdv/eventsourcing';
import { refuseReadOnly } from '../shared/validation';
import type { DossierCommand } from './dossier.commands';
import { decidePiecesDossier } from './dossier-pieces.decide';
import { type DossierExistant } from './dossier.state';
import type { Decision } from './dossier.guards';
import { deposer, modifier, mettreEnInstruction, rattacherASerie } from './dossier-depot.decide';
import { demander, retirerDemande, emettreAvis, proposer } from './dossier-financement.decide';
import { voter, refuser, retenir, nePasRetenir, ajourner, abandonner } from './dossier-decision.decide';
import { conventionner, demarrer, engager, verser, deposerBilan, renseignerIndicateur, justifier, solder, corriger } from './dossier-execution.decide';

export function decideDossier(command: DossierCommand, state: DossierExistant | { statut: 'inexistant' }): Decision {
  const readOnly = refuseReadOnly(command.metadata.actor);
  if (readOnly) return readOnly;
  if (command.type === 'DeposerDossier') return deposer(command, state);
  if (state.statut === 'inexistant') return refuse.notFound('Dossier', command.data.dossierId);
  if (command.data.dossierId !== state.dossierId) {
    return refuse.validation('dossierId', `this stream holds dossier ${state.dossierId}`, { value: command.data.dossierId });
  }
  // A soldé dossier belongs to a closed year: read-only, except corrections with a reason.
  if (state.statut === 'solde' && command.type !== 'CorrigerMontant' && command.type !== 'RenseignerIndicateur') {
    return refuse.invalidTransition('solde', command.type, `${command.type} is not allowed on a soldé dossier; only corrections with a reason are`);
  }
  switch (command.type) {
    case 'ModifierDossier':
      return modifier(command, state);
    case 'DemanderFinancement':
      return demander(command, state);
    case 'RetirerDemandeFinancement':
      return retirerDemande(command, state);
    case 'MettreEnInstruction':
      return mettreEnInstruction(command, state);
    case 'EmettreAvis':
      return emettreAvis(command, state);
    case 'ProposerFinancement':
      return proposer(command, state);
    case 'VoterFinancement':
      return voter(command, state);
    case 'RefuserFinancement':
      return refuser(command, state);
    case 'RetenirDossier':
      return retenir(command, state);
    case 'NePasRetenirDossier':
      return nePasRetenir(command, state);
    case 'AjournerDossier':
      return ajourner(command, state);
    case 'AbandonnerDossier':
      return abandonner(command, state);
    case 'RattacherASerie':
      return rattacherASerie(command, state);
    case 'ConventionnerDossier':
      return conventionner(command, state);
    case 'DemarrerAction':
      return demarrer(command, state);
    case 'EngagerFinancement':
      return engager(command, state);
    case 'EnregistrerVersement':
      return verser(command, state);
    case 'DeposerBilan':
      return deposerBilan(command, state);
    case 'RenseignerIndicateur':
      return renseignerIndicateur(command, state);
    case 'JustifierFinancement':
      return justifier(command, state);
    case 'SolderDossier':
      return solder(command, state);
    case 'CorrigerMontant':
      return corriger(command, state);
    case 'DeposerPiece':
    case 'RemplacerPiece':
    case 'RetirerPiece':
      return decidePiecesDossier(command, state);
  }
}
