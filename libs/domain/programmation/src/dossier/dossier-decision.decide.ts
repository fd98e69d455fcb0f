// The decisions of the financeurs and of the comité: votes, refusals, retenu or not, ajourné, abandon (specs: dossier-decision.decide.unit.spec.ts).
import { refuse } from '@cdv/eventsourcing';
import { exigerMotif } from '@cdv/shared-kernel';
import { checkYear, requireEpciStaff, requireStaffOr } from '../shared/validation';
import type { AbandonnerDossier, AjournerDossier, NePasRetenirDossier, RefuserFinancement, RetenirDossier, VoterFinancement } from './dossier.commands';
import type { DossierEvent } from './dossier.events';
import { type DossierExistant } from './dossier.state';
import {
  Decision,
  APRES_DECISION,
  trouverLigne,
  isLigne,
  requireDecideur,
  checkMontantLigne,
  checkMotif,
  checkPasAuDessus,
  appliquerRegles,
} from './dossier.guards';

export function voter(command: VoterFinancement, state: DossierExistant): Decision {
  const ligne = trouverLigne(state, command.data.ligneId);
  if (!isLigne(ligne)) return ligne;
  const denied = requireDecideur(command.metadata.actor, ligne, command.type);
  if (denied) return denied;
  // A financeur's own committee may vote its line after the comité retained the dossier on another line.
  if (state.statut !== 'en_instruction' && state.statut !== 'retenu') return refuse.invalidTransition(state.statut, command.type);
  if (ligne.statut === 'vote') return refuse.conflict(`line ${ligne.ligneId} is already voted; correct it with CorrigerMontant`, { ligneId: ligne.ligneId });
  if (ligne.statut !== 'demande' && ligne.statut !== 'propose') return refuse.invalidTransition(`ligne ${ligne.statut}`, command.type);
  const invalid =
    checkMontantLigne('montant', ligne.modalite, command.data.montant) ?? checkPasAuDessus('montant', command.data.montant, 'demande', ligne.demande);
  if (invalid) return invalid;
  const avertissements = appliquerRegles(state, ligne, command.data.montant, 'vote', command.data.contexte?.regles);
  if (!Array.isArray(avertissements)) return avertissements;
  return [
    {
      type: 'FinancementVote',
      data: {
        dossierId: state.dossierId,
        ligneId: ligne.ligneId,
        montant: command.data.montant,
        ...(command.data.comiteId ? { comiteId: command.data.comiteId } : {}),
        avertissements,
        ...(command.data.synthetique?.length ? { synthetique: command.data.synthetique } : {}),
      },
    },
  ];
}

export function refuser(command: RefuserFinancement, state: DossierExistant): Decision {
  const ligne = trouverLigne(state, command.data.ligneId);
  if (!isLigne(ligne)) return ligne;
  const denied = requireDecideur(command.metadata.actor, ligne, command.type);
  if (denied) return denied;
  if (state.statut !== 'en_instruction' && state.statut !== 'retenu') return refuse.invalidTransition(state.statut, command.type);
  if (ligne.statut === 'refuse') return refuse.conflict(`line ${ligne.ligneId} is already refused`, { ligneId: ligne.ligneId });
  if (ligne.statut !== 'demande' && ligne.statut !== 'propose') return refuse.invalidTransition(`ligne ${ligne.statut}`, command.type);
  const invalid = checkMotif(command.data.motif);
  if (invalid) return invalid;
  return [
    {
      type: 'FinancementRefuse',
      data: {
        dossierId: state.dossierId,
        ligneId: ligne.ligneId,
        ...(command.data.motif ? { motif: command.data.motif } : {}),
        ...(command.data.comiteId ? { comiteId: command.data.comiteId } : {}),
      },
    },
  ];
}

export function retenir(command: RetenirDossier, state: DossierExistant): Decision {
  const denied = requireEpciStaff(command.metadata.actor, command.type);
  if (denied) return denied;
  if (state.statut === 'retenu') return refuse.conflict(`dossier ${state.dossierId} is already retenu`, { dossierId: state.dossierId });
  if (state.statut !== 'en_instruction') return refuse.invalidTransition(state.statut, command.type);
  // docs/design.md §3: a dossier is retenu when at least one line is voted.
  if (!Object.values(state.lignes).some((ligne) => ligne.statut === 'vote')) {
    return refuse.invalidTransition(state.statut, command.type, 'a dossier is retenu only when at least one line is voted');
  }
  return [{ type: 'DossierRetenu', data: { dossierId: state.dossierId, ...(command.data.comiteId ? { comiteId: command.data.comiteId } : {}) } }];
}

export function nePasRetenir(command: NePasRetenirDossier, state: DossierExistant): Decision {
  const denied = requireEpciStaff(command.metadata.actor, command.type);
  if (denied) return denied;
  if (state.statut === 'non_retenu') return refuse.conflict(`dossier ${state.dossierId} is already non retenu`, { dossierId: state.dossierId });
  if (state.statut !== 'en_instruction') return refuse.invalidTransition(state.statut, command.type);
  const votee = Object.values(state.lignes).find((ligne) => ligne.statut === 'vote');
  if (votee) return refuse.invalidTransition(state.statut, command.type, `line ${votee.ligneId} is voted: correct the vote before refusing the dossier`);
  const { comiteId, motif } = command.data;
  const invalid = checkMotif(motif);
  if (invalid) return invalid;
  const extra = { ...(motif ? { motif } : {}), ...(comiteId ? { comiteId } : {}) };
  // The remaining lines are refused with the dossier, so that financeur ledgers do not keep them pending.
  const refus: DossierEvent[] = Object.values(state.lignes)
    .filter((ligne) => ligne.statut === 'demande' || ligne.statut === 'propose')
    .map((ligne) => ({ type: 'FinancementRefuse', data: { dossierId: state.dossierId, ligneId: ligne.ligneId, ...extra } }));
  return [...refus, { type: 'DossierNonRetenu', data: { dossierId: state.dossierId, ...extra } }];
}

export function ajourner(command: AjournerDossier, state: DossierExistant): Decision {
  const denied = requireEpciStaff(command.metadata.actor, command.type);
  if (denied) return denied;
  if (state.statut === 'ajourne') return refuse.conflict(`dossier ${state.dossierId} is already ajourné`, { dossierId: state.dossierId });
  if (state.statut !== 'en_instruction' && state.statut !== 'depose') return refuse.invalidTransition(state.statut, command.type);
  const votee = Object.values(state.lignes).find((ligne) => ligne.statut === 'vote');
  if (votee) return refuse.invalidTransition(state.statut, command.type, `line ${votee.ligneId} is voted: a voted dossier cannot be postponed`);
  const anneeReport = command.data.anneeReport ?? state.annee + 1;
  if (!Number.isInteger(anneeReport) || anneeReport <= state.annee) {
    return refuse.validation('anneeReport', `a dossier of ${state.annee} is postponed to a later year`, { value: anneeReport });
  }
  const { comiteId, motif } = command.data;
  const invalid = checkYear('anneeReport', anneeReport) ?? checkMotif(motif);
  if (invalid) return invalid;
  return [{ type: 'DossierAjourne', data: { dossierId: state.dossierId, anneeReport, ...(motif ? { motif } : {}), ...(comiteId ? { comiteId } : {}) } }];
}

export function abandonner(command: AbandonnerDossier, state: DossierExistant): Decision {
  const denied = requireStaffOr(command.metadata.actor, command.type, ['porteur'], state.porteur.id);
  if (denied) return denied;
  if (state.statut === 'abandonne') return refuse.conflict(`dossier ${state.dossierId} is already abandonné`, { dossierId: state.dossierId });
  if (state.statut === 'non_retenu' || state.statut === 'ajourne') return refuse.invalidTransition(state.statut, command.type);
  if (APRES_DECISION.includes(state.statut)) {
    const reason = exigerMotif(command.metadata, 'the dossier was retenu: its financeurs need to know why it stops');
    if (reason) return reason;
  }
  const invalid = checkMotif(command.data.motif);
  if (invalid) return invalid;
  return [
    {
      type: 'DossierAbandonne',
      data: { dossierId: state.dossierId, statutPrecedent: state.statut, ...(command.data.motif ? { motif: command.data.motif } : {}) },
    },
  ];
}
