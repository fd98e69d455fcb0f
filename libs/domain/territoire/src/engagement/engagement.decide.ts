import { refuse, type Refusal } from '@cdv/eventsourcing';
import { exigerRoleReferentiel } from '../shared/authorization';
import { estDatePartielle } from '../shared/dates';
import { comparerDecimaux, estDecimal } from '../shared/decimal';
import { memesFaits } from '../shared/facts';
import { inexistant } from '../shared/refusals';
import { validerNoeuds, validerOrganisations } from '../shared/references';
import { estTexteNonVide } from '../shared/text';
import type { ChangerStatutEngagement, EngagementCommand, FixerCibleIndicateur, PrendreEngagement, RattacherIndicateurEngagement } from './engagement.commands';
import { STATUTS_ENGAGEMENT, type Cible, type CibleIndicateur, type EngagementEvent, type EngagementPris } from './engagement.events';
import { cleCible, type EngagementState } from './engagement.state';
import { estIdentifiantValide, exigerMotif } from '@cdv/shared-kernel';

type Decision = EngagementEvent[] | Refusal;

export function decideEngagement(command: EngagementCommand, state: EngagementState): Decision {
  const forbidden = exigerRoleReferentiel(command);
  if (forbidden) return forbidden;
  if (command.type === 'PrendreEngagement') return prendre(command, state);
  if (state.statut === 'inexistant') return inexistant('Engagement');
  switch (command.type) {
    case 'RattacherIndicateurEngagement':
      return rattacherIndicateur(command, state);
    case 'FixerCibleIndicateur':
      return fixerCible(command, state);
    case 'ChangerStatutEngagement':
      return changerStatut(command, state);
    default:
      return refuse.validation('type', `unknown command ${(command as { type: string }).type}`);
  }
}

function optionalText(value: string | null | undefined, field: string): Refusal | null {
  return value == null || estTexteNonVide(value) ? null : refuse.validation(field, `${field} must not be empty (use null)`);
}

function prendre(command: PrendreEngagement, state: EngagementState): Decision {
  const data = command.data;
  if (!estIdentifiantValide(data.engagementId)) return refuse.validation('engagementId', 'engagementId must be letters, digits, dot, dash or underscore');
  if (!estTexteNonVide(data.objectif)) return refuse.validation('objectif', 'the commitment needs its objective');
  if (!data.responsables || data.responsables.length === 0) return refuse.validation('responsables', 'name the responsible organisations');
  const statut = data.statut ?? 'non_renseigne';
  const invalid =
    validerOrganisations(data.responsables, 'responsables') ??
    validerNoeuds(data.noeuds ?? [], 'noeuds') ??
    optionalText(data.groupe, 'groupe') ??
    optionalText(data.priorite, 'priorite') ??
    optionalText(data.moyens, 'moyens') ??
    (data.contratId != null && !estIdentifiantValide(data.contratId) ? refuse.validation('contratId', 'not a contract id') : null) ??
    ((data.indicateurIds ?? []).some((id) => !estIdentifiantValide(id)) ? refuse.validation('indicateurIds', 'not an indicator id') : null) ??
    (data.echeance != null && !estDatePartielle(data.echeance) ? refuse.validation('echeance', `"${data.echeance}" is not a date`) : null) ??
    (!STATUTS_ENGAGEMENT.includes(statut) ? refuse.validation('statut', `statut must be one of ${STATUTS_ENGAGEMENT.join(', ')}`) : null);
  if (invalid) return invalid;
  const engagement: EngagementPris['data'] = {
    engagementId: data.engagementId,
    contratId: data.contratId ?? null,
    groupe: data.groupe ?? null,
    priorite: data.priorite ?? null,
    objectif: data.objectif,
    responsables: data.responsables.map((r) => ({ partenaireId: r.partenaireId ?? null, libelle: r.libelle })),
    moyens: data.moyens ?? null,
    noeuds: data.noeuds ?? [],
    indicateurIds: [...new Set(data.indicateurIds ?? [])],
    echeance: data.echeance ?? null,
    statut,
  };
  if (state.statut !== 'inexistant') {
    return memesFaits(state.engagement, engagement)
      ? []
      : refuse.conflict(`engagement ${state.engagementId} already exists`, { engagementId: state.engagementId });
  }
  return [{ type: 'EngagementPris', data: engagement }];
}

function abandonne(state: EngagementState, command: string): Refusal | null {
  return state.suivi === 'abandonne' ? refuse.invalidTransition('abandonne', command, `engagement ${state.engagementId} is abandoned`) : null;
}

function rattacherIndicateur(command: RattacherIndicateurEngagement, state: EngagementState): Decision {
  const closed = abandonne(state, command.type);
  if (closed) return closed;
  if (!estIdentifiantValide(command.data.indicateurId)) return refuse.validation('indicateurId', 'not an indicator id');
  if (state.indicateurIds.includes(command.data.indicateurId)) return [];
  return [{ type: 'IndicateurRattacheEngagement', data: { engagementId: state.engagementId, indicateurId: command.data.indicateurId } }];
}

export function validerCible(cible: Cible | undefined, field = 'cible'): Refusal | null {
  if (!cible || typeof cible !== 'object') return refuse.validation(field, 'a target is required (a value, a range, "à définir" or a rule in words)');
  switch (cible.type) {
    case 'valeur':
      return estDecimal(cible.valeur) ? null : refuse.validation(`${field}.valeur`, `"${cible.valeur}" is not a decimal number`);
    case 'intervalle':
      if (!estDecimal(cible.min)) return refuse.validation(`${field}.min`, `"${cible.min}" is not a decimal number`);
      if (!estDecimal(cible.max)) return refuse.validation(`${field}.max`, `"${cible.max}" is not a decimal number`);
      return comparerDecimaux(cible.min, cible.max) > 0 ? refuse.validation(`${field}.max`, 'the range ends below its start') : null;
    case 'a_definir':
      return null;
    case 'texte':
      return estTexteNonVide(cible.texte) ? null : refuse.validation(`${field}.texte`, 'the rule in words must not be empty');
    default:
      return refuse.validation(`${field}.type`, 'type is valeur, intervalle, a_definir or texte');
  }
}

function fixerCible(command: FixerCibleIndicateur, state: EngagementState): Decision {
  const closed = abandonne(state, command.type);
  if (closed) return closed;
  const data = command.data;
  if (!estIdentifiantValide(data.indicateurId)) return refuse.validation('indicateurId', 'not an indicator id');
  const annee = data.annee ?? null;
  if (annee !== null && (!Number.isInteger(annee) || annee < 1990 || annee > 2100)) return refuse.validation('annee', `${annee} is not a year`);
  const invalid =
    validerCible(data.cible) ??
    optionalText(data.periode, 'periode') ??
    optionalText(data.ventilation, 'ventilation') ??
    optionalText(data.qualificatif, 'qualificatif') ??
    (data.reference && data.reference.valeur !== null && !estDecimal(data.reference.valeur)
      ? refuse.validation('reference.valeur', 'not a decimal number')
      : null) ??
    (data.reference && !estTexteNonVide(data.reference.libelle) ? refuse.validation('reference.libelle', 'describe the baseline') : null);
  if (invalid) return invalid;
  const cible: CibleIndicateur = {
    indicateurId: data.indicateurId,
    annee,
    periode: data.periode ?? null,
    ventilation: data.ventilation ?? null,
    cible: data.cible,
    reference: data.reference ?? null,
    qualificatif: data.qualificatif ?? null,
  };
  const events: EngagementEvent[] = [];
  if (!state.indicateurIds.includes(cible.indicateurId)) {
    events.push({ type: 'IndicateurRattacheEngagement', data: { engagementId: state.engagementId, indicateurId: cible.indicateurId } });
  }
  const precedente = state.cibles[cleCible(cible)];
  if (!precedente) return [...events, { type: 'CibleIndicateurFixee', data: { engagementId: state.engagementId, ...cible } }];
  if (memesFaits(precedente, cible)) return events;
  const motif = exigerMotif(command.metadata, 'a target already set is changed');
  if (motif) return motif;
  return [...events, { type: 'CibleIndicateurModifiee', data: { engagementId: state.engagementId, ...cible, precedente } }];
}

function changerStatut(command: ChangerStatutEngagement, state: EngagementState): Decision {
  const closed = abandonne(state, command.type);
  if (closed) return closed;
  const { statut, depuis } = command.data;
  if (!STATUTS_ENGAGEMENT.includes(statut)) return refuse.validation('statut', `statut must be one of ${STATUTS_ENGAGEMENT.join(', ')}`);
  if (!estDatePartielle(depuis)) return refuse.validation('depuis', 'the date the status applies from is required');
  const invalid = optionalText(command.data.commentaire, 'commentaire');
  if (invalid) return invalid;
  if (statut === state.suivi) return [];
  if (statut === 'abandonne') {
    const motif = exigerMotif(command.metadata, 'a commitment is abandoned');
    if (motif) return motif;
  }
  return [
    {
      type: 'StatutEngagementChange',
      data: { engagementId: state.engagementId, statut, ancienStatut: state.suivi, depuis, commentaire: command.data.commentaire ?? null },
    },
  ];
}
