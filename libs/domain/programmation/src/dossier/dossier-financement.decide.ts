// The plan de financement: lines asked, withdrawn, the instructeurs' avis and proposals (specs: dossier-financement.decide.unit.spec.ts).
import { euros, refuse } from '@cdv/eventsourcing';
import { exigerMotif } from '@cdv/shared-kernel';
import { ligneIdDe } from '../shared/references';
import { checkFinanceur, checkModalite, checkNature, checkTag, checkText, firstRefusal, isEpciStaff, requireStaffOr } from '../shared/validation';
import type { DemanderFinancement, EmettreAvis, ProposerFinancement, RetirerDemandeFinancement } from './dossier.commands';
import { totalDemande, type DossierExistant } from './dossier.state';
import { type Decision, trouverLigne, isLigne, requireDecideur, checkMontantLigne, checkPasAuDessus, appliquerRegles } from './dossier.guards';

export function demander(command: DemanderFinancement, state: DossierExistant): Decision {
  const { data } = command;
  const denied = requireStaffOr(command.metadata.actor, command.type, ['porteur'], state.porteur.id);
  if (denied) return denied;
  if (state.statut !== 'depose' && state.statut !== 'en_instruction') return refuse.invalidTransition(state.statut, command.type);
  const modalite = data.modalite ?? 'numeraire';
  const invalid = firstRefusal(
    () => checkFinanceur('financeur', data.financeur),
    () => checkNature('nature', data.nature),
    () => checkModalite('modalite', modalite),
    () => checkTag('dispositif', data.dispositif),
    () => checkMontantLigne('montant', modalite, data.montant),
  );
  if (invalid) return invalid;
  const ligneId = ligneIdDe(data.financeur.id, data.nature);
  if (state.lignes[ligneId]) {
    return refuse.conflict(`${data.financeur.nom} already has a ${data.nature} line on this dossier`, { ligneId });
  }
  const total = totalDemande(state) + data.montant;
  if (total > state.champs.coutTotal) {
    return refuse.validation('montant', `the financing asked (${euros(total)}) would exceed the total cost (${euros(state.champs.coutTotal)})`, {
      totalDemande: total,
      coutTotal: state.champs.coutTotal,
    });
  }
  const avertissements = appliquerRegles(
    state,
    { ligneId, financeur: data.financeur, nature: data.nature, modalite, dispositif: data.dispositif },
    data.montant,
    'demande',
    data.contexte?.regles,
  );
  if (!Array.isArray(avertissements)) return avertissements;
  return [
    {
      type: 'FinancementDemande',
      data: {
        dossierId: state.dossierId,
        ligneId,
        financeur: data.financeur,
        nature: data.nature,
        modalite,
        ...(data.dispositif ? { dispositif: data.dispositif } : {}),
        montant: data.montant,
        avertissements,
        ...(data.synthetique?.length ? { synthetique: data.synthetique } : {}),
      },
    },
  ];
}

export function retirerDemande(command: RetirerDemandeFinancement, state: DossierExistant): Decision {
  const denied = requireStaffOr(command.metadata.actor, command.type, ['porteur'], state.porteur.id);
  if (denied) return denied;
  if (state.statut !== 'depose' && state.statut !== 'en_instruction') return refuse.invalidTransition(state.statut, command.type);
  const ligne = trouverLigne(state, command.data.ligneId);
  if (!isLigne(ligne)) return ligne;
  if (ligne.statut !== 'demande' && ligne.statut !== 'propose') return refuse.invalidTransition(ligne.statut, command.type);
  if (state.statut === 'en_instruction') {
    const reason = exigerMotif(command.metadata, 'the dossier is under instruction');
    if (reason) return reason;
  }
  return [{ type: 'DemandeFinancementRetiree', data: { dossierId: state.dossierId, ligneId: ligne.ligneId, montant: ligne.demande } }];
}

export function emettreAvis(command: EmettreAvis, state: DossierExistant): Decision {
  const { data, metadata } = command;
  const actor = metadata.actor;
  if (!isEpciStaff(actor)) {
    if (actor.role !== 'instructeur') return refuse.forbidden(`role ${actor.role} cannot give an avis`, { role: actor.role, command: command.type });
    if (actor.organisationId !== data.auteur?.id) {
      return refuse.forbidden('an instructeur gives the avis of its own organisation only', {
        organisationId: actor.organisationId ?? null,
        auteur: data.auteur?.id,
      });
    }
  }
  if (state.statut !== 'depose' && state.statut !== 'en_instruction') return refuse.invalidTransition(state.statut, command.type);
  const invalid = firstRefusal(
    () => checkText('auteur.id', data.auteur?.id),
    () => checkText('auteur.nom', data.auteur?.nom),
    () =>
      ['favorable', 'reserve', 'defavorable'].includes(data.avis)
        ? null
        : refuse.validation('avis', 'avis must be favorable, reserve or defavorable', { value: data.avis }),
    () => checkText('commentaire', data.commentaire ?? '', { required: data.avis !== 'favorable', max: 10_000 }),
    () => (data.ligneId !== undefined && !state.lignes[data.ligneId] ? refuse.notFound('LigneFinancement', data.ligneId) : null),
  );
  if (invalid) return invalid;
  return [
    {
      type: 'AvisEmis',
      data: {
        dossierId: state.dossierId,
        auteur: data.auteur,
        avis: data.avis,
        commentaire: data.commentaire ?? '',
        ...(data.ligneId ? { ligneId: data.ligneId } : {}),
        precedent: state.avis[data.auteur.id] ?? null,
      },
    },
  ];
}

export function proposer(command: ProposerFinancement, state: DossierExistant): Decision {
  const ligne = trouverLigne(state, command.data.ligneId);
  if (!isLigne(ligne)) return ligne;
  const denied = requireDecideur(command.metadata.actor, ligne, command.type);
  if (denied) return denied;
  if (state.statut !== 'en_instruction') return refuse.invalidTransition(state.statut, command.type);
  // After a vote the amount changes only through CorrigerMontant (docs/design.md §3).
  if (ligne.statut !== 'demande' && ligne.statut !== 'propose') return refuse.invalidTransition(`ligne ${ligne.statut}`, command.type);
  const invalid =
    checkMontantLigne('montant', ligne.modalite, command.data.montant) ?? checkPasAuDessus('montant', command.data.montant, 'demande', ligne.demande);
  if (invalid) return invalid;
  const avertissements = appliquerRegles(state, ligne, command.data.montant, 'propose', command.data.contexte?.regles);
  if (!Array.isArray(avertissements)) return avertissements;
  return [
    {
      type: 'FinancementPropose',
      data: {
        dossierId: state.dossierId,
        ligneId: ligne.ligneId,
        montant: command.data.montant,
        avertissements,
        ...(command.data.synthetique?.length ? { synthetique: command.data.synthetique } : {}),
      },
    },
  ];
}
