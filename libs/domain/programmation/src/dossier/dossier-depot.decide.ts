// The dépôt of a dossier and its description: deposit, changes, série, instruction (specs: dossier-depot.decide.unit.spec.ts).
import { canonicalJson, euros, refuse, Refusal } from '@cdv/eventsourcing';
import { exigerMotif } from '@cdv/shared-kernel';
import {
  businessDate,
  checkCents,
  checkClassement,
  checkCount,
  checkDate,
  checkDateOrder,
  checkLabels,
  checkPerimetre,
  checkPorteur,
  checkQpvs,
  checkText,
  checkYear,
  firstRefusal,
  isEpciStaff,
  requireEpciStaff,
  requireStaffOr,
} from '../shared/validation';
import type { DeposerDossier, MettreEnInstruction, ModifierDossier, RattacherASerie } from './dossier.commands';
import { exigerPieces } from './dossier-pieces.decide';
import type { ChampModifiable, Changements, DossierChamps } from './dossier.events';
import { totalDemande, type DossierExistant } from './dossier.state';
import type { Decision } from './dossier.guards';
import { NOMBRE_ACTIONS_MAX, PUBLICS_MAX } from './dossier.limites';

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

export function deposer(command: DeposerDossier, state: DossierExistant | { statut: 'inexistant' }): Decision {
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
    const reason = exigerMotif(metadata, `the appel ${data.annee} closed on ${appel.clotureLe ?? 'an earlier date'} (late deposit)`);
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

export function modifier(command: ModifierDossier, state: DossierExistant): Decision {
  const { actor } = command.metadata;
  const denied = requireStaffOr(actor, command.type, ['porteur'], state.porteur.id);
  if (denied) return denied;
  // The porteur edits its dossier until instruction starts; then only the EPCI's agents, with a reason.
  if (state.statut !== 'depose' && !(state.statut === 'en_instruction' && isEpciStaff(actor))) {
    return refuse.invalidTransition(state.statut, command.type);
  }
  if (state.statut === 'en_instruction') {
    const reason = exigerMotif(command.metadata, 'the dossier is under instruction');
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

export function mettreEnInstruction(command: MettreEnInstruction, state: DossierExistant): Decision {
  const denied = requireEpciStaff(command.metadata.actor, command.type);
  if (denied) return denied;
  if (state.statut !== 'depose') return refuse.invalidTransition(state.statut, command.type);
  if (!Object.keys(state.lignes).length) return refuse.validation('lignes', 'no financing is asked on this dossier yet');
  const pieces = exigerPieces(state, command.data.contexte, 'depot');
  if (pieces) return pieces;
  return [{ type: 'DossierMisEnInstruction', data: { dossierId: state.dossierId } }];
}

export function rattacherASerie(command: RattacherASerie, state: DossierExistant): Decision {
  const denied = requireEpciStaff(command.metadata.actor, command.type);
  if (denied) return denied;
  const { serie } = command.data;
  const invalid = checkText('serie.id', serie?.id) ?? checkCount('serie.rang', serie?.rang, { min: 1 });
  if (invalid) return invalid;
  if (serie.id === state.serie.id && serie.rang === state.serie.rang) return [];
  const ownSerie = state.serie.id === state.dossierId && state.serie.rang === 1;
  if (!ownSerie) {
    const reason = exigerMotif(command.metadata, `the dossier already belongs to série ${state.serie.id}`);
    if (reason) return reason;
  }
  return [{ type: 'DossierRattacheASerie', data: { dossierId: state.dossierId, serie, precedente: state.serie } }];
}
