import { canonicalJson, euros, refuse, Refusal, type Actor, type Cents } from '@cdv/eventsourcing';
import { evaluerRegles, type Avertissement, type EtapeRegle, type RegleFinancement, type ResultatRegle } from '../regles/regles';
import { ligneIdDe, type ModaliteFinancement } from '../shared/references';
import {
  businessDate,
  checkCents,
  checkClassement,
  checkCount,
  checkDate,
  checkDateOrder,
  checkFinanceur,
  checkLabels,
  checkModalite,
  checkNature,
  checkPerimetre,
  checkPorteur,
  checkQpvs,
  checkTag,
  checkText,
  checkYear,
  firstRefusal,
  isEpciStaff,
  refuseReadOnly,
  requireEpciStaff,
  requireReason,
  requireStaffOr,
} from '../shared/validation';
import type {
  AbandonnerDossier,
  AjournerDossier,
  ConventionnerDossier,
  CorrigerMontant,
  DemanderFinancement,
  DemarrerAction,
  DeposerBilan,
  DeposerDossier,
  DossierCommand,
  EmettreAvis,
  EngagerFinancement,
  EnregistrerVersement,
  JustifierFinancement,
  MettreEnInstruction,
  ModifierDossier,
  NePasRetenirDossier,
  ProposerFinancement,
  RattacherASerie,
  RefuserFinancement,
  RenseignerIndicateur,
  RetenirDossier,
  RetirerDemandeFinancement,
  SolderDossier,
  VoterFinancement,
} from './dossier.commands';
import { decidePiecesDossier, exigerPieces } from './dossier-pieces.decide';
import type { Beneficiaires, ChampModifiable, Changements, DossierChamps, DossierEvent, Reliquat } from './dossier.events';
import { lignesActives, montantCourant, totalDemande, type DossierExistant, type LigneState, type StatutDossier } from './dossier.state';

type Decision = DossierEvent[] | Refusal;

const CHAMPS: readonly ChampModifiable[] = [
  'titre',
  'description',
  'publics',
  'perimetre',
  'qpv',
  'classement',
  'coutTotal',
  'depensesEligibles',
  'dateDebut',
  'dateFin',
  'nombreActions',
];

/** Bounds of a dossier's description (docs/api.md « Limits »): a grouped line stands for a few dozen actions at most. */
export const NOMBRE_ACTIONS_MAX = 1_000;
const PUBLICS_MAX = 50;
/** A motif is a few sentences, like the metadata's reason (COMMAND_LIMITS.reason). */
const MOTIF_MAX = 2_000;
/** An indicator value (people, hours, euros…): beyond 10^12 it is a typing slip. */
const INDICATEUR_MAX = 1_000_000_000_000;

/** States after the comité retained the dossier: changes then need a reason (DESIGN §4). */
const APRES_DECISION: readonly StatutDossier[] = ['retenu', 'conventionne', 'en_cours', 'bilan_depose'];
/** States in which money moves on voted lines. */
const FINANCEMENT_EN_VIE: readonly StatutDossier[] = ['retenu', 'conventionne', 'en_cours', 'bilan_depose'];

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

// ── Dépôt and description ────────────────────────────────────────────────────────────────────────────────────

function deposer(command: DeposerDossier, state: DossierExistant | { statut: 'inexistant' }): Decision {
  const { data, metadata } = command;
  const denied = requireStaffOr(metadata.actor, command.type, ['porteur'], data.porteur?.id);
  if (denied) return denied;
  if (state.statut !== 'inexistant') return refuse.conflict(`dossier ${state.dossierId} already exists`, { dossierId: state.dossierId });
  const invalid = firstRefusal(
    () => checkText('dossierId', data.dossierId, { max: 100 }),
    () => checkYear('annee', data.annee),
    () => checkPorteur('porteur', data.porteur),
    () => checkChamps(data, data),
    () => (data.serie ? (checkText('serie.id', data.serie.id) ?? checkCount('serie.rang', data.serie.rang, { min: 1 })) : null),
    () => (data.referenceExterne === undefined ? null : checkText('referenceExterne', data.referenceExterne, { max: 200 })),
  );
  if (invalid) return invalid;

  const appel = data.contexte?.appel;
  if (!appel || appel.annee !== data.annee) {
    return refuse.validation('contexte.appel', `the application must pass the state of the appel ${data.annee}`);
  }
  if (appel.statut === 'inexistant') return refuse.notFound('AppelAProjets', String(data.annee));
  if (appel.statut === 'exercice_clos') {
    return refuse.invalidTransition('exercice_clos', command.type, `the year ${data.annee} is closed: no deposit any more`);
  }
  const date = businessDate(metadata);
  if (appel.ouvertureLe && date < appel.ouvertureLe) {
    return refuse.invalidTransition('a_venir', command.type, `the appel ${data.annee} opens on ${appel.ouvertureLe}`);
  }
  const depotTardif = appel.statut === 'clos' || (appel.clotureLe !== undefined && date > appel.clotureLe);
  if (depotTardif) {
    const reason = requireReason(metadata, `the appel ${data.annee} closed on ${appel.clotureLe ?? 'an earlier date'} (late deposit)`);
    if (reason) return reason;
  }
  return [
    {
      type: 'DossierDepose',
      data: {
        dossierId: data.dossierId,
        annee: data.annee,
        porteur: data.porteur,
        ...pickChamps(data),
        serie: data.serie ?? { id: data.dossierId, rang: 1 },
        depotTardif,
        ...(data.referenceExterne ? { referenceExterne: data.referenceExterne } : {}),
        ...(data.origine ? { origine: data.origine } : {}),
        ...(data.synthetique?.length ? { synthetique: data.synthetique } : {}),
      },
    },
  ];
}

function modifier(command: ModifierDossier, state: DossierExistant): Decision {
  const { actor } = command.metadata;
  const denied = requireStaffOr(actor, command.type, ['porteur'], state.porteur.id);
  if (denied) return denied;
  // The porteur edits its dossier until instruction starts; then only the EPCI's agents, with a reason.
  if (state.statut !== 'depose' && !(state.statut === 'en_instruction' && isEpciStaff(actor))) {
    return refuse.invalidTransition(state.statut, command.type);
  }
  if (state.statut === 'en_instruction') {
    const reason = requireReason(command.metadata, 'the dossier is under instruction');
    if (reason) return reason;
  }
  if (!command.data.changes || typeof command.data.changes !== 'object') return refuse.validation('changes', 'changes must be an object of fields');
  const unknown = Object.keys(command.data.changes).find((key) => !CHAMPS.some((champ) => champ === key));
  if (unknown) return refuse.validation(`changes.${unknown}`, `"${unknown}" cannot be changed (fields: ${CHAMPS.join(', ')})`);
  const merged: DossierChamps = { ...state.champs, ...command.data.changes };
  const invalid = checkChamps(command.data.changes, merged, 'changes.');
  if (invalid) return invalid;
  const demande = totalDemande(state);
  if (merged.coutTotal < demande) {
    return refuse.validation('changes.coutTotal', `the total cost cannot fall under the ${euros(demande)} already asked`, { totalDemande: demande });
  }
  const changes: Changements = {};
  for (const champ of CHAMPS) {
    if (!(champ in command.data.changes)) continue;
    const before = state.champs[champ] ?? null;
    const after = command.data.changes[champ] ?? null;
    if (canonicalJson(before) !== canonicalJson(after)) Object.assign(changes, { [champ]: { before, after } });
  }
  if (!Object.keys(changes).length) return [];
  return [{ type: 'DossierModifie', data: { dossierId: state.dossierId, changes } }];
}

/**
 * Validates the description fields given (`given`) against the whole future description (`all`), so that
 * deposit and modification share the same rules.
 */
function checkChamps(given: Partial<DossierChamps>, all: Partial<DossierChamps>, prefix = ''): Refusal | null {
  const has = (key: ChampModifiable) => key in given && given[key] !== undefined;
  return firstRefusal(
    () => (has('titre') || !prefix ? checkText(`${prefix}titre`, given.titre, { max: 300 }) : null),
    () => (has('description') || !prefix ? checkText(`${prefix}description`, given.description ?? '', { required: false, max: 20_000 }) : null),
    () => (has('publics') || !prefix ? checkLabels(`${prefix}publics`, given.publics, { max: PUBLICS_MAX, maxLength: 200 }) : null),
    () => (has('perimetre') || !prefix ? checkPerimetre(`${prefix}perimetre`, given.perimetre) : null),
    () => (has('qpv') || !prefix ? checkQpvs(`${prefix}qpv`, given.qpv) : null),
    () => (has('classement') || !prefix ? checkClassement(`${prefix}classement`, given.classement ?? {}) : null),
    () => (has('coutTotal') || !prefix ? checkCents(`${prefix}coutTotal`, given.coutTotal, { allowZero: false }) : null),
    () => (has('depensesEligibles') ? checkCents(`${prefix}depensesEligibles`, given.depensesEligibles) : null),
    () =>
      all.depensesEligibles !== undefined && all.coutTotal !== undefined && all.depensesEligibles > all.coutTotal
        ? refuse.validation(`${prefix}depensesEligibles`, 'eligible expenses cannot exceed the total cost')
        : null,
    () => (has('dateDebut') || !prefix ? checkDate(`${prefix}dateDebut`, given.dateDebut) : null),
    () => (has('dateFin') || !prefix ? checkDate(`${prefix}dateFin`, given.dateFin) : null),
    () => (all.dateDebut && all.dateFin ? checkDateOrder(`${prefix}dateDebut`, all.dateDebut, `${prefix}dateFin`, all.dateFin) : null),
    () => (has('nombreActions') || !prefix ? checkCount(`${prefix}nombreActions`, given.nombreActions, { min: 1, max: NOMBRE_ACTIONS_MAX }) : null),
  );
}

function pickChamps(data: DossierChamps): DossierChamps {
  return {
    titre: data.titre,
    description: data.description ?? '',
    publics: data.publics,
    perimetre: data.perimetre,
    qpv: data.qpv,
    classement: data.classement ?? {},
    coutTotal: data.coutTotal,
    ...(data.depensesEligibles === undefined ? {} : { depensesEligibles: data.depensesEligibles }),
    dateDebut: data.dateDebut,
    dateFin: data.dateFin,
    nombreActions: data.nombreActions,
  };
}

// ── Plan de financement ──────────────────────────────────────────────────────────────────────────────────────

function demander(command: DemanderFinancement, state: DossierExistant): Decision {
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

function retirerDemande(command: RetirerDemandeFinancement, state: DossierExistant): Decision {
  const denied = requireStaffOr(command.metadata.actor, command.type, ['porteur'], state.porteur.id);
  if (denied) return denied;
  if (state.statut !== 'depose' && state.statut !== 'en_instruction') return refuse.invalidTransition(state.statut, command.type);
  const ligne = trouverLigne(state, command.data.ligneId);
  if (!isLigne(ligne)) return ligne;
  if (ligne.statut !== 'demande' && ligne.statut !== 'propose') return refuse.invalidTransition(ligne.statut, command.type);
  if (state.statut === 'en_instruction') {
    const reason = requireReason(command.metadata, 'the dossier is under instruction');
    if (reason) return reason;
  }
  return [{ type: 'DemandeFinancementRetiree', data: { dossierId: state.dossierId, ligneId: ligne.ligneId, montant: ligne.demande } }];
}

// ── Instruction ──────────────────────────────────────────────────────────────────────────────────────────────

function mettreEnInstruction(command: MettreEnInstruction, state: DossierExistant): Decision {
  const denied = requireEpciStaff(command.metadata.actor, command.type);
  if (denied) return denied;
  if (state.statut !== 'depose') return refuse.invalidTransition(state.statut, command.type);
  if (!Object.keys(state.lignes).length) return refuse.validation('lignes', 'no financing is asked on this dossier yet');
  const pieces = exigerPieces(state, command.data.contexte, 'depot');
  if (pieces) return pieces;
  return [{ type: 'DossierMisEnInstruction', data: { dossierId: state.dossierId } }];
}

function emettreAvis(command: EmettreAvis, state: DossierExistant): Decision {
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

function proposer(command: ProposerFinancement, state: DossierExistant): Decision {
  const ligne = trouverLigne(state, command.data.ligneId);
  if (!isLigne(ligne)) return ligne;
  const denied = requireDecideur(command.metadata.actor, ligne, command.type);
  if (denied) return denied;
  if (state.statut !== 'en_instruction') return refuse.invalidTransition(state.statut, command.type);
  // After a vote the amount changes only through CorrigerMontant (DESIGN §3).
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

// ── Decisions ────────────────────────────────────────────────────────────────────────────────────────────────

function voter(command: VoterFinancement, state: DossierExistant): Decision {
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

function refuser(command: RefuserFinancement, state: DossierExistant): Decision {
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

function retenir(command: RetenirDossier, state: DossierExistant): Decision {
  const denied = requireEpciStaff(command.metadata.actor, command.type);
  if (denied) return denied;
  if (state.statut === 'retenu') return refuse.conflict(`dossier ${state.dossierId} is already retenu`, { dossierId: state.dossierId });
  if (state.statut !== 'en_instruction') return refuse.invalidTransition(state.statut, command.type);
  // DESIGN §3: a dossier is retenu when at least one line is voted.
  if (!Object.values(state.lignes).some((ligne) => ligne.statut === 'vote')) {
    return refuse.invalidTransition(state.statut, command.type, 'a dossier is retenu only when at least one line is voted');
  }
  return [{ type: 'DossierRetenu', data: { dossierId: state.dossierId, ...(command.data.comiteId ? { comiteId: command.data.comiteId } : {}) } }];
}

function nePasRetenir(command: NePasRetenirDossier, state: DossierExistant): Decision {
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

function ajourner(command: AjournerDossier, state: DossierExistant): Decision {
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

function abandonner(command: AbandonnerDossier, state: DossierExistant): Decision {
  const denied = requireStaffOr(command.metadata.actor, command.type, ['porteur'], state.porteur.id);
  if (denied) return denied;
  if (state.statut === 'abandonne') return refuse.conflict(`dossier ${state.dossierId} is already abandonné`, { dossierId: state.dossierId });
  if (state.statut === 'non_retenu' || state.statut === 'ajourne') return refuse.invalidTransition(state.statut, command.type);
  if (APRES_DECISION.includes(state.statut)) {
    const reason = requireReason(command.metadata, 'the dossier was retenu: its financeurs need to know why it stops');
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

function rattacherASerie(command: RattacherASerie, state: DossierExistant): Decision {
  const denied = requireEpciStaff(command.metadata.actor, command.type);
  if (denied) return denied;
  const { serie } = command.data;
  const invalid = checkText('serie.id', serie?.id) ?? checkCount('serie.rang', serie?.rang, { min: 1 });
  if (invalid) return invalid;
  if (serie.id === state.serie.id && serie.rang === state.serie.rang) return [];
  const ownSerie = state.serie.id === state.dossierId && state.serie.rang === 1;
  if (!ownSerie) {
    const reason = requireReason(command.metadata, `the dossier already belongs to série ${state.serie.id}`);
    if (reason) return reason;
  }
  return [{ type: 'DossierRattacheASerie', data: { dossierId: state.dossierId, serie, precedente: state.serie } }];
}

// ── Convention, mise en œuvre, money ─────────────────────────────────────────────────────────────────────────

function conventionner(command: ConventionnerDossier, state: DossierExistant): Decision {
  const denied = requireEpciStaff(command.metadata.actor, command.type);
  if (denied) return denied;
  const { conventionId, typeConvention, numeroEngagementJuridique } = command.data;
  if (state.convention?.id === conventionId) return [];
  if (state.statut !== 'retenu') return refuse.invalidTransition(state.statut, command.type);
  const invalid =
    checkText('conventionId', conventionId, { max: 100 }) ??
    (typeConvention === 'annuelle' || typeConvention === 'pluriannuelle' ? null : refuse.validation('typeConvention', 'annuelle or pluriannuelle'));
  if (invalid) return invalid;
  return [
    {
      type: 'DossierConventionne',
      data: { dossierId: state.dossierId, conventionId, typeConvention, ...(numeroEngagementJuridique ? { numeroEngagementJuridique } : {}) },
    },
  ];
}

function demarrer(command: DemarrerAction, state: DossierExistant): Decision {
  const denied = requireStaffOr(command.metadata.actor, command.type, ['porteur'], state.porteur.id);
  if (denied) return denied;
  if (state.statut !== 'conventionne') return refuse.invalidTransition(state.statut, command.type);
  const invalid = checkDate('dateDebut', command.data.dateDebut);
  if (invalid) return invalid;
  return [{ type: 'ActionDemarree', data: { dossierId: state.dossierId, dateDebut: command.data.dateDebut } }];
}

function engager(command: EngagerFinancement, state: DossierExistant): Decision {
  const ligne = trouverLigne(state, command.data.ligneId);
  if (!isLigne(ligne)) return ligne;
  const denied = requireDecideur(command.metadata.actor, ligne, command.type);
  if (denied) return denied;
  if (!FINANCEMENT_EN_VIE.includes(state.statut)) return refuse.invalidTransition(state.statut, command.type);
  if (ligne.statut === 'engage' || ligne.statut === 'verse' || ligne.statut === 'justifie') {
    return refuse.conflict(`line ${ligne.ligneId} is already engaged; correct it with CorrigerMontant`, { ligneId: ligne.ligneId });
  }
  if (ligne.statut !== 'vote') return refuse.invalidTransition(`ligne ${ligne.statut}`, command.type);
  const { montant, numeroEngagementJuridique, conventionId, synthetique } = command.data;
  const invalid =
    checkMontantLigne('montant', ligne.modalite, montant) ??
    checkPasAuDessus('montant', montant, 'vote', ligne.vote ?? 0) ??
    (numeroEngagementJuridique === undefined ? null : checkText('numeroEngagementJuridique', numeroEngagementJuridique, { max: 100 }));
  if (invalid) return invalid;
  return [
    {
      type: 'FinancementEngage',
      data: {
        dossierId: state.dossierId,
        ligneId: ligne.ligneId,
        montant,
        ...(numeroEngagementJuridique ? { numeroEngagementJuridique } : {}),
        ...(conventionId ? { conventionId } : {}),
        ...(synthetique?.length ? { synthetique } : {}),
      },
    },
  ];
}

function verser(command: EnregistrerVersement, state: DossierExistant): Decision {
  const ligne = trouverLigne(state, command.data.ligneId);
  if (!isLigne(ligne)) return ligne;
  const denied = requireDecideur(command.metadata.actor, ligne, command.type);
  if (denied) return denied;
  const { versementId, type, montant, date } = command.data;
  if (state.versementIds.includes(versementId)) return refuse.conflict(`versement ${versementId} is already recorded`, { versementId });
  if (!FINANCEMENT_EN_VIE.includes(state.statut)) return refuse.invalidTransition(state.statut, command.type);
  if (ligne.statut !== 'engage' && ligne.statut !== 'verse') return refuse.invalidTransition(`ligne ${ligne.statut}`, command.type);
  if (ligne.soldee) return refuse.invalidTransition('ligne soldee', command.type, `the solde of line ${ligne.ligneId} is paid already`);
  const invalid = firstRefusal(
    () => checkText('versementId', versementId, { max: 100 }),
    () => (['avance', 'acompte', 'solde'].includes(type) ? null : refuse.validation('type', 'type must be avance, acompte or solde', { value: type })),
    () => checkCents('montant', montant, { allowZero: false }),
    () => checkDate('date', date),
    // DESIGN §3: a versement never exceeds the engaged amount.
    () =>
      ligne.verse + montant > (ligne.engage ?? 0)
        ? refuse.validation('montant', `paid ${euros(ligne.verse + montant)} would exceed the engaged ${euros(ligne.engage ?? 0)}`, {
            verse: ligne.verse,
            engage: ligne.engage,
          })
        : null,
  );
  if (invalid) return invalid;
  return [
    {
      type: 'VersementEffectue',
      data: { dossierId: state.dossierId, ligneId: ligne.ligneId, versementId, type, montant, date, totalVerse: ligne.verse + montant },
    },
  ];
}

// ── Bilan and clôture ────────────────────────────────────────────────────────────────────────────────────────

function deposerBilan(command: DeposerBilan, state: DossierExistant): Decision {
  const denied = requireStaffOr(command.metadata.actor, command.type, ['porteur'], state.porteur.id);
  if (denied) return denied;
  if (state.statut !== 'en_cours') return refuse.invalidTransition(state.statut, command.type);
  const { coutRealise, beneficiaires, indicateurs, recit } = command.data;
  const invalid = firstRefusal(
    () => checkCents('coutRealise', coutRealise),
    () => checkBeneficiaires(beneficiaires),
    () => checkText('recit', recit, { max: 50_000 }),
    () => checkIndicateurs(indicateurs),
  );
  if (invalid) return invalid;
  return [
    { type: 'BilanDepose', data: { dossierId: state.dossierId, coutRealise, beneficiaires, recit } },
    ...indicateurs.map((indicateur): DossierEvent => ({
      type: 'IndicateurRenseigne',
      data: { dossierId: state.dossierId, ...indicateur, precedente: state.indicateurs[indicateur.indicateurId] ?? null },
    })),
  ];
}

function renseignerIndicateur(command: RenseignerIndicateur, state: DossierExistant): Decision {
  const denied = requireStaffOr(command.metadata.actor, command.type, ['porteur'], state.porteur.id);
  if (denied) return denied;
  if (state.statut !== 'en_cours' && state.statut !== 'bilan_depose' && state.statut !== 'solde') return refuse.invalidTransition(state.statut, command.type);
  const { indicateurId, libelle, valeur, unite } = command.data;
  const invalid = checkIndicateurs([{ indicateurId, libelle, valeur, unite }]);
  if (invalid) return invalid;
  const precedente = state.indicateurs[indicateurId] ?? null;
  if (precedente === valeur) return [];
  if (precedente !== null || state.statut === 'solde') {
    const reason = requireReason(command.metadata, precedente !== null ? 'the indicator already had a value' : 'the dossier is soldé');
    if (reason) return reason;
  }
  return [{ type: 'IndicateurRenseigne', data: { dossierId: state.dossierId, indicateurId, libelle, valeur, ...(unite ? { unite } : {}), precedente } }];
}

function justifier(command: JustifierFinancement, state: DossierExistant): Decision {
  const ligne = trouverLigne(state, command.data.ligneId);
  if (!isLigne(ligne)) return ligne;
  const denied = requireDecideur(command.metadata.actor, ligne, command.type);
  if (denied) return denied;
  if (state.statut !== 'bilan_depose') return refuse.invalidTransition(state.statut, command.type);
  if (ligne.statut === 'justifie')
    return refuse.conflict(`line ${ligne.ligneId} is already justified; correct it with CorrigerMontant`, { ligneId: ligne.ligneId });
  if (ligne.statut !== 'verse') return refuse.invalidTransition(`ligne ${ligne.statut}`, command.type);
  const invalid = checkCents('montant', command.data.montant) ?? checkPasAuDessus('montant', command.data.montant, 'engage', ligne.engage ?? 0);
  if (invalid) return invalid;
  return [{ type: 'FinancementJustifie', data: { dossierId: state.dossierId, ligneId: ligne.ligneId, montant: command.data.montant } }];
}

/**
 * Closes the dossier. Money voted and not engaged, or engaged and not paid, is a « reliquat »: closing with one needs
 * a reason, the refusal says what is left line by line, and a ReliquatsConstates event records it with the solde.
 */
function solder(command: SolderDossier, state: DossierExistant): Decision {
  const denied = requireEpciStaff(command.metadata.actor, command.type);
  if (denied) return denied;
  if (state.statut !== 'bilan_depose') return refuse.invalidTransition(state.statut, command.type);
  const pieces = exigerPieces(state, command.data.contexte, 'bilan');
  if (pieces) return pieces;
  const lignes = Object.values(state.lignes);
  const sum = (pick: (ligne: LigneState) => Cents | null) => lignes.reduce((total, ligne) => total + (pick(ligne) ?? 0), 0);
  const reliquats: Reliquat[] = lignes
    .filter((ligne) => ligne.vote !== null)
    .map((ligne) => {
      const vote = ligne.vote ?? 0;
      const engage = ligne.engage ?? 0;
      return {
        ligneId: ligne.ligneId,
        financeurId: ligne.financeur.id,
        vote,
        engage,
        verse: ligne.verse,
        nonEngage: Math.max(0, vote - engage),
        nonVerse: Math.max(0, engage - ligne.verse),
      };
    })
    .filter((reliquat) => reliquat.nonEngage > 0 || reliquat.nonVerse > 0);
  const restes: DossierEvent[] = [];
  if (reliquats.length) {
    const reste = (r: Reliquat) =>
      [r.nonEngage ? `${euros(r.nonEngage)} voted not engaged` : null, r.nonVerse ? `${euros(r.nonVerse)} engaged not paid` : null].filter(Boolean).join(', ');
    const detail = reliquats.map((r) => `${r.ligneId}: ${reste(r)}`).join('; ');
    const reason = requireReason(command.metadata, `money is left on the dossier (${detail}): say why it is closed with it`);
    if (reason) return new Refusal(reason.code, reason.message, { ...reason.details, reliquats });
    const total = (pick: (r: Reliquat) => Cents) => reliquats.reduce((sum, r) => sum + pick(r), 0);
    restes.push({
      type: 'ReliquatsConstates',
      data: { dossierId: state.dossierId, lignes: reliquats, nonEngage: total((r) => r.nonEngage), nonVerse: total((r) => r.nonVerse) },
    });
  }
  return [
    ...restes,
    {
      type: 'DossierSolde',
      data: {
        dossierId: state.dossierId,
        totaux: { vote: sum((l) => l.vote), engage: sum((l) => l.engage), verse: sum((l) => l.verse), justifie: sum((l) => l.justifie) },
      },
    },
  ];
}

// ── Corrections ──────────────────────────────────────────────────────────────────────────────────────────────

function corriger(command: CorrigerMontant, state: DossierExistant): Decision {
  const ligne = trouverLigne(state, command.data.ligneId);
  if (!isLigne(ligne)) return ligne;
  const denied = requireDecideur(command.metadata.actor, ligne, command.type);
  if (denied) return denied;
  const { etape, montant } = command.data;
  const invalid = firstRefusal(
    () => requireReason(command.metadata, 'every correction of an amount says why'),
    () =>
      ['demande', 'propose', 'vote', 'engage', 'justifie'].includes(etape)
        ? null
        : refuse.validation('etape', 'etape must be demande, propose, vote, engage or justifie', { value: etape }),
    () => checkMontantLigne('montant', ligne.modalite, montant, { allowZero: true }),
  );
  if (invalid) return invalid;
  const avant = ligne[etape];
  if (avant === null) return refuse.invalidTransition(`ligne ${ligne.statut}`, command.type, `line ${ligne.ligneId} has no ${etape} amount to correct`);
  if (avant === montant) return [];
  const broken = invariantApresCorrection(state, ligne, etape, montant);
  if (broken) return broken;
  const regles =
    etape === 'demande' || etape === 'propose' || etape === 'vote' ? appliquerRegles(state, ligne, montant, etape, command.data.contexte?.regles) : [];
  if (!Array.isArray(regles)) return regles;
  return [{ type: 'MontantCorrige', data: { dossierId: state.dossierId, ligneId: ligne.ligneId, etape, avant, apres: montant, avertissements: regles } }];
}

/** A correction keeps every invariant: Σ demandé ≤ coût total, voté ≤ demandé, versé ≤ engagé ≤ voté, justifié ≤ engagé. */
function invariantApresCorrection(state: DossierExistant, ligne: LigneState, etape: CorrigerMontant['data']['etape'], montant: Cents): Refusal | null {
  const next = { ...ligne, [etape]: montant };
  if (etape === 'demande' && totalDemande(state, ligne.ligneId) + montant > state.champs.coutTotal) {
    return refuse.validation('montant', `the financing asked would exceed the total cost (${euros(state.champs.coutTotal)})`, {
      coutTotal: state.champs.coutTotal,
    });
  }
  if (next.vote !== null && next.vote > next.demande)
    return refuse.validation('montant', 'the voted amount cannot exceed the amount asked', { demande: next.demande, vote: next.vote });
  if (next.engage !== null && next.vote !== null && next.engage > next.vote)
    return refuse.validation('montant', 'the engaged amount cannot exceed the voted amount', { vote: next.vote, engage: next.engage });
  if (next.engage !== null && next.verse > next.engage)
    return refuse.validation('montant', 'a versement never exceeds the engaged amount', { verse: next.verse, engage: next.engage });
  if (next.justifie !== null && next.engage !== null && next.justifie > next.engage)
    return refuse.validation('montant', 'the justified amount cannot exceed the engaged amount', { engage: next.engage, justifie: next.justifie });
  return null;
}

// ── Helpers ──────────────────────────────────────────────────────────────────────────────────────────────────

function trouverLigne(state: DossierExistant, ligneId: string): LigneState | Refusal {
  return state.lignes[ligneId] ?? refuse.notFound('LigneFinancement', ligneId);
}

function isLigne(value: LigneState | Refusal): value is LigneState {
  return 'ligneId' in value;
}

/** Staff decide every line; a financeur's instructeur decides only its organisation's lines (DESIGN §3). */
function requireDecideur(actor: Actor, ligne: LigneState, command: string): Refusal | null {
  if (isEpciStaff(actor)) return null;
  if (actor.role !== 'instructeur') return refuse.forbidden(`role ${actor.role} cannot ${command}`, { role: actor.role, command });
  if (actor.organisationId !== ligne.financeur.id) {
    return refuse.forbidden(`${ligne.financeur.nom} decides its own line: this instructeur acts for another organisation`, {
      organisationId: actor.organisationId ?? null,
      financeurId: ligne.financeur.id,
    });
  }
  return null;
}

function checkMontantLigne(field: string, modalite: ModaliteFinancement, montant: Cents, { allowZero = false } = {}): Refusal | null {
  if (modalite !== 'numeraire') {
    return montant === 0 ? null : refuse.validation(field, `a ${modalite} contribution carries no amount (0)`, { value: montant });
  }
  return checkCents(field, montant, { allowZero });
}

function checkMotif(motif: string | undefined): Refusal | null {
  return motif === undefined ? null : checkText('motif', motif, { required: false, max: MOTIF_MAX });
}

function checkPasAuDessus(field: string, montant: Cents, etape: string, plafond: Cents): Refusal | null {
  return montant > plafond
    ? refuse.validation(field, `${euros(montant)} exceeds the ${etape} amount ${euros(plafond)}`, { [etape]: plafond, value: montant })
    : null;
}

/** Evaluates the tenant's rules: a `refus` refuses the command (field `montant`), warnings go on the event. */
function appliquerRegles(
  state: DossierExistant,
  ligne: Pick<LigneState, 'ligneId' | 'financeur' | 'nature' | 'modalite' | 'dispositif'>,
  montant: Cents,
  etape: EtapeRegle,
  regles: readonly RegleFinancement[] | undefined,
): Avertissement[] | Refusal {
  if (!regles?.length || ligne.modalite !== 'numeraire') return [];
  const evaluee = (l: Pick<LigneState, 'ligneId' | 'financeur' | 'nature' | 'dispositif'>, m: Cents) => ({
    ligneId: l.ligneId,
    financeurId: l.financeur.id,
    categorie: l.financeur.categorie,
    nature: l.nature,
    ...(l.dispositif ? { dispositif: l.dispositif.id } : {}),
    montant: m,
  });
  const resultats = evaluerRegles(regles, {
    etape,
    ligne: evaluee(ligne, montant),
    autresLignes: lignesActives(state)
      .filter((autre) => autre.ligneId !== ligne.ligneId)
      .map((autre) => evaluee(autre, montantCourant(autre))),
    coutTotal: state.champs.coutTotal,
    ...(state.champs.depensesEligibles === undefined ? {} : { depensesEligibles: state.champs.depensesEligibles }),
    porteurKind: state.porteur.kind,
  });
  const refus = resultats.find((resultat): resultat is Exclude<ResultatRegle, { resultat: 'ok' }> => resultat.resultat === 'refus');
  if (refus) {
    return refuse.validation('montant', `${refus.libelle}: ${refus.message}`, {
      regle: refus.regleId,
      ...(refus.montantMax === undefined ? {} : { montantMax: refus.montantMax }),
      ...(refus.montantAttendu === undefined ? {} : { montantAttendu: refus.montantAttendu }),
    });
  }
  return resultats.filter((resultat): resultat is Avertissement => resultat.resultat === 'warning');
}

function checkBeneficiaires(b: Beneficiaires | undefined): Refusal | null {
  if (!b) return refuse.validation('beneficiaires', 'beneficiaires are required');
  const counts = firstRefusal(
    () => checkCount('beneficiaires.total', b.total),
    () => checkCount('beneficiaires.femmes', b.femmes),
    () => checkCount('beneficiaires.hommes', b.hommes),
    () => checkCount('beneficiaires.nonRenseigne', b.nonRenseigne),
    () => checkCount('beneficiaires.residentsQpv', b.residentsQpv),
    () => (Array.isArray(b.parTrancheAge) ? null : refuse.validation('beneficiaires.parTrancheAge', 'a list of { tranche, nombre }')),
  );
  if (counts) return counts;
  for (const [index, tranche] of b.parTrancheAge.entries()) {
    const refusal =
      checkText(`beneficiaires.parTrancheAge[${index}].tranche`, tranche.tranche, { max: 50 }) ??
      checkCount(`beneficiaires.parTrancheAge[${index}].nombre`, tranche.nombre);
    if (refusal) return refusal;
  }
  if (b.femmes + b.hommes + b.nonRenseigne !== b.total) {
    return refuse.validation(
      'beneficiaires.total',
      `femmes + hommes + nonRenseigne (${b.femmes + b.hommes + b.nonRenseigne}) must equal the total (${b.total})`,
    );
  }
  const parAge = b.parTrancheAge.reduce((sum, tranche) => sum + tranche.nombre, 0);
  if (parAge > b.total) return refuse.validation('beneficiaires.parTrancheAge', `the age bands count ${parAge} people, more than the total ${b.total}`);
  if (b.residentsQpv > b.total) return refuse.validation('beneficiaires.residentsQpv', `${b.residentsQpv} QPV residents is more than the total ${b.total}`);
  return null;
}

function checkIndicateurs(indicateurs: DeposerBilan['data']['indicateurs'] | undefined): Refusal | null {
  if (!Array.isArray(indicateurs)) return refuse.validation('indicateurs', 'indicateurs must be a list (possibly empty)');
  const seen = new Set<string>();
  for (const [index, indicateur] of indicateurs.entries()) {
    const field = `indicateurs[${index}]`;
    const refusal = firstRefusal(
      () => checkText(`${field}.indicateurId`, indicateur.indicateurId, { max: 100 }),
      () => checkText(`${field}.libelle`, indicateur.libelle, { max: 1000 }),
      () =>
        typeof indicateur.valeur === 'number' && Number.isFinite(indicateur.valeur) && Math.abs(indicateur.valeur) <= INDICATEUR_MAX
          ? null
          : refuse.validation(`${field}.valeur`, `a number between -${INDICATEUR_MAX} and ${INDICATEUR_MAX}`, { value: indicateur.valeur }),
      () => (indicateur.unite === undefined ? null : checkText(`${field}.unite`, indicateur.unite, { required: false, max: 50 })),
      () => (seen.has(indicateur.indicateurId) ? refuse.validation(`${field}.indicateurId`, `indicator ${indicateur.indicateurId} is given twice`) : null),
    );
    if (refusal) return refusal;
    seen.add(indicateur.indicateurId);
  }
  return null;
}
