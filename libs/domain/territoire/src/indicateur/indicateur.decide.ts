import { refuse, type Refusal } from '@cdv/eventsourcing';
import { exigerRoleReferentiel, exigerRoleValeursIndicateur } from '../shared/authorization';
import { estDatePartielle } from '../shared/dates';
import { estDecimal } from '../shared/decimal';
import { memesFaits, sansIndefinis } from '../shared/facts';
import { inexistant } from '../shared/refusals';
import { memeNoeud, validerNoeuds } from '../shared/references';
import { estTexteNonVide } from '../shared/text';
import type { DefinirIndicateur, IndicateurCommand, RattacherIndicateurObjectif, RenseignerValeurIndicateur } from './indicateur.commands';
import {
  NATURES_INDICATEUR,
  SEXES,
  VENTILATIONS,
  type IndicateurDefini,
  type IndicateurEvent,
  type ValeurIndicateur,
  type Ventilation,
} from './indicateur.events';
import { cleValeur, type IndicateurState } from './indicateur.state';
import { estIdentifiantValide, exigerMotif } from '@cdv/shared-kernel';

type Decision = IndicateurEvent[] | Refusal;

export function decideIndicateur(command: IndicateurCommand, state: IndicateurState): Decision {
  const forbidden = command.type === 'RenseignerValeurIndicateur' ? exigerRoleValeursIndicateur(command) : exigerRoleReferentiel(command);
  if (forbidden) return forbidden;
  if (command.type === 'DefinirIndicateur') return definir(command, state);
  if (state.statut === 'inexistant') return inexistant('Indicateur');
  switch (command.type) {
    case 'RattacherIndicateurObjectif':
      return rattacherObjectif(command, state);
    case 'RenseignerValeurIndicateur':
      return renseignerValeur(command, state);
    default:
      return refuse.validation('type', `unknown command ${(command as { type: string }).type}`);
  }
}

function optionalText(value: string | null | undefined, field: string): Refusal | null {
  return value == null || estTexteNonVide(value) ? null : refuse.validation(field, `${field} must not be empty (use null)`);
}

function definir(command: DefinirIndicateur, state: IndicateurState): Decision {
  const data = command.data;
  if (!estIdentifiantValide(data.indicateurId)) return refuse.validation('indicateurId', 'indicateurId must be letters, digits, dot, dash or underscore');
  if (!estTexteNonVide(data.libelle)) return refuse.validation('libelle', 'the indicator needs its label');
  const ventilations = data.ventilations ?? [];
  if (ventilations.some((v) => !VENTILATIONS.includes(v)) || new Set(ventilations).size !== ventilations.length) {
    return refuse.validation('ventilations', `breakdowns are among ${VENTILATIONS.join(', ')}, each once`);
  }
  const tranchesAge = data.tranchesAge ?? [];
  if (tranchesAge.some((t) => !estTexteNonVide(t))) return refuse.validation('tranchesAge', 'age bands must not be empty');
  if (tranchesAge.length > 0 && !ventilations.includes('tranche_age')) return refuse.validation('tranchesAge', 'age bands need the tranche_age breakdown');
  const nature = data.nature ?? null;
  if (nature !== null && !NATURES_INDICATEUR.includes(nature)) return refuse.validation('nature', 'nature is stock or flux');
  const invalid = optionalText(data.unite, 'unite') ?? optionalText(data.definition, 'definition') ?? validerNoeuds(data.noeuds ?? [], 'noeuds');
  if (invalid) return invalid;
  const definition: IndicateurDefini['data'] = {
    indicateurId: data.indicateurId,
    libelle: data.libelle,
    unite: data.unite ?? null,
    nature,
    ventilations,
    tranchesAge,
    definition: data.definition ?? null,
    noeuds: data.noeuds ?? [],
  };
  if (state.statut !== 'inexistant') {
    return memesFaits(state.definition, definition)
      ? []
      : refuse.conflict(`indicator ${state.indicateurId} is already defined`, { indicateurId: state.indicateurId });
  }
  return [{ type: 'IndicateurDefini', data: definition }];
}

function rattacherObjectif(command: RattacherIndicateurObjectif, state: IndicateurState): Decision {
  const invalid = validerNoeuds([command.data.noeud], 'noeud');
  if (invalid) return invalid;
  if (state.noeuds.some((noeud) => memeNoeud(noeud, command.data.noeud))) return [];
  return [{ type: 'IndicateurRattacheObjectif', data: { indicateurId: state.indicateurId, noeud: command.data.noeud } }];
}

function validerVentilation(ventilation: Ventilation | null, state: IndicateurState): Refusal | null {
  if (ventilation === null) return null;
  const keys = Object.keys(ventilation);
  if (keys.length === 0) return refuse.validation('ventilation', 'an empty breakdown is null');
  if (ventilation.sexe !== undefined && (!state.ventilations.includes('sexe') || !SEXES.includes(ventilation.sexe))) {
    return refuse.validation('ventilation.sexe', state.ventilations.includes('sexe') ? 'sexe is femme or homme' : 'this indicator has no breakdown by sex');
  }
  if (ventilation.trancheAge !== undefined) {
    if (!state.ventilations.includes('tranche_age')) return refuse.validation('ventilation.trancheAge', 'this indicator has no breakdown by age band');
    if (state.tranchesAge.length > 0 && !state.tranchesAge.includes(ventilation.trancheAge)) {
      return refuse.validation('ventilation.trancheAge', `age bands of this indicator: ${state.tranchesAge.join(', ')}`);
    }
  }
  if (ventilation.qpvId !== undefined && (!state.ventilations.includes('qpv') || !estIdentifiantValide(ventilation.qpvId))) {
    return refuse.validation('ventilation.qpvId', state.ventilations.includes('qpv') ? 'not a quartier id' : 'this indicator has no breakdown by QPV');
  }
  if (keys.some((key) => !['sexe', 'trancheAge', 'qpvId'].includes(key))) return refuse.validation('ventilation', 'breakdowns are sexe, trancheAge, qpvId');
  return null;
}

function renseignerValeur(command: RenseignerValeurIndicateur, state: IndicateurState): Decision {
  const data = command.data;
  const valeur: ValeurIndicateur = {
    annee: data.annee ?? null,
    date: data.date ?? null,
    ventilation: data.ventilation ? sansIndefinis(data.ventilation) : null,
    engagementId: data.engagementId ?? null,
    valeur: data.valeur ?? null,
    valeurImprimee: data.valeurImprimee ?? null,
    qualificatif: data.qualificatif ?? null,
    source: data.source,
  };
  if (valeur.annee !== null && (!Number.isInteger(valeur.annee) || valeur.annee < 1990 || valeur.annee > 2100)) {
    return refuse.validation('annee', `${valeur.annee} is not a year`);
  }
  if (valeur.date !== null && !estDatePartielle(valeur.date)) return refuse.validation('date', `"${valeur.date}" is not a date`);
  if (valeur.valeur === null && valeur.valeurImprimee === null) return refuse.validation('valeur', 'give the value, as a number or as printed');
  if (valeur.valeur !== null && !estDecimal(valeur.valeur)) return refuse.validation('valeur', `"${valeur.valeur}" is not a decimal number`);
  if (!estTexteNonVide(valeur.source)) return refuse.validation('source', 'every value says where it comes from');
  if (valeur.engagementId !== null && !estIdentifiantValide(valeur.engagementId)) return refuse.validation('engagementId', 'not an engagement id');
  const invalid =
    validerVentilation(valeur.ventilation, state) ?? optionalText(valeur.valeurImprimee, 'valeurImprimee') ?? optionalText(valeur.qualificatif, 'qualificatif');
  if (invalid) return invalid;
  const precedente = state.valeurs[cleValeur(valeur)];
  if (!precedente) return [{ type: 'ValeurIndicateurRenseignee', data: { indicateurId: state.indicateurId, ...valeur } }];
  if (memesFaits(precedente, valeur)) return [];
  const motif = exigerMotif(command.metadata, 'a value already reported is corrected');
  if (motif) return motif;
  return [{ type: 'ValeurIndicateurCorrigee', data: { indicateurId: state.indicateurId, ...valeur, precedente } }];
}
