import { refuse, type Refusal, isCalendarDate } from '@cdv/eventsourcing';
import { exigerRoleReferentiel } from '../shared/authorization';
import { communeCle, communeNormalisee, validerCommune, validerCommunes, type CommuneRef } from '../shared/commune';
import { estDatePartielle } from '../shared/dates';
import { memesFaits } from '../shared/facts';
import { cleStatistique, statistiqueNormalisee, validerStatistique } from '../shared/statistique';
import { aliasDistincts, estTexteNonVide } from '../shared/text';
import { estCodeQpvValide, GENERATIONS_QPV, generationDuCodeQpv, type GenerationQpv } from '../shared/validators';
import { inexistant } from '../shared/refusals';
import type {
  AjouterAliasQpv,
  AttribuerCodeQpv,
  DeclarerQpv,
  DetacherCommuneQpv,
  EnregistrerStatistiqueQpv,
  QpvCommand,
  RattacherCommuneQpv,
  RemplacerQpv,
  RenommerQpv,
  RetirerQpv,
} from './qpv.commands';
import { CATEGORIES_QUARTIER, VALIDITE_GENERATION, type LienQpv, type QpvDeclare, type QpvEvent } from './qpv.events';
import type { QpvState } from './qpv.state';
import { memeTexte, estIdentifiantValide, exigerMotif } from '@cdv/shared-kernel';

type Decision = QpvEvent[] | Refusal;

export function decideQpv(command: QpvCommand, state: QpvState): Decision {
  const forbidden = exigerRoleReferentiel(command);
  if (forbidden) return forbidden;
  if (command.type === 'DeclarerQpv') return declarer(command, state);
  if (state.statut === 'inexistant') return inexistant('Quartier');
  switch (command.type) {
    case 'AttribuerCodeQpv':
      return attribuerCode(command, state);
    case 'RenommerQpv':
      return renommer(command, state);
    case 'AjouterAliasQpv':
      return ajouterAlias(command, state);
    case 'RattacherCommuneQpv':
      return rattacherCommune(command, state);
    case 'DetacherCommuneQpv':
      return detacherCommune(command, state);
    case 'RemplacerQpv':
      return remplacer(command, state);
    case 'RetirerQpv':
      return retirer(command, state);
    case 'EnregistrerStatistiqueQpv':
      return enregistrerStatistique(command, state);
    default:
      return refuse.validation('type', `unknown command ${(command as { type: string }).type}`);
  }
}

/** Geography that left the current map (retired, or replaced by the next generation) is read-only but for aliases and statistics. */
function historique(state: QpvState, command: string): Refusal | null {
  if (state.statut === 'retire' || state.statut === 'remplace') {
    return refuse.invalidTransition(state.statut, command, `${command} is not allowed: quartier ${state.qpvId} is ${state.statut}`);
  }
  return null;
}

function validerLiens(liens: readonly LienQpv[], field: string, self: string): Refusal | null {
  for (const [index, lien] of liens.entries()) {
    if (!lien || !estIdentifiantValide(lien.qpvId)) return refuse.validation(`${field}[${index}].qpvId`, 'a quartier id is required');
    if (lien.qpvId === self) return refuse.validation(`${field}[${index}].qpvId`, 'a quartier cannot be linked to itself');
    if (lien.code !== null && !estCodeQpvValide(lien.code)) {
      return refuse.validation(`${field}[${index}].code`, `"${lien.code}" is not a QPV code (QP + 6 digits or QN + 5 digits + 1 character)`, {
        value: lien.code,
      });
    }
  }
  return null;
}

function declarer(command: DeclarerQpv, state: QpvState): Decision {
  const data = command.data;
  if (!estIdentifiantValide(data.qpvId)) return refuse.validation('qpvId', 'qpvId must be letters, digits, dot, dash or underscore');
  if (!CATEGORIES_QUARTIER.includes(data.categorie)) {
    return refuse.validation('categorie', `categorie must be one of ${CATEGORIES_QUARTIER.join(', ')}`);
  }
  if (data.code !== null) {
    if (!estCodeQpvValide(data.code)) {
      return refuse.validation('code', `"${data.code}" is not a QPV code (QP + 6 digits, e.g. QP059012; QN + 5 digits + 1 character, e.g. QN05901M)`, {
        value: data.code,
      });
    }
    if (data.categorie !== 'qpv') return refuse.validation('code', 'only a QPV has an official code');
  }
  const fromCode = data.code ? generationDuCodeQpv(data.code) : null;
  const generation: GenerationQpv | null = data.generation ?? fromCode;
  if (generation !== null && !GENERATIONS_QPV.includes(generation)) {
    return refuse.validation('generation', `generation must be one of ${GENERATIONS_QPV.join(', ')}`);
  }
  if (fromCode !== null && generation !== fromCode) {
    return refuse.validation('generation', `code ${data.code} belongs to the ${fromCode} geography, not ${generation}`);
  }
  if (data.categorie === 'qpv' && generation === null) return refuse.validation('generation', 'a QPV belongs to a geography generation (2015 or 2024)');
  const validite = data.validite ?? (generation ? VALIDITE_GENERATION[generation] : { du: null, au: null });
  if (validite.du !== null && !isCalendarDate(validite.du)) return refuse.validation('validite.du', `"${validite.du}" is not a date (YYYY-MM-DD)`);
  if (validite.au !== null && !isCalendarDate(validite.au)) return refuse.validation('validite.au', `"${validite.au}" is not a date (YYYY-MM-DD)`);
  if (validite.du && validite.au && validite.au < validite.du) return refuse.validation('validite.au', 'the validity ends before it starts');
  if (!estTexteNonVide(data.nom)) return refuse.validation('nom', 'the quartier needs a name');
  if ((data.alias ?? []).some((alias) => !estTexteNonVide(alias))) return refuse.validation('alias', 'aliases must not be empty');
  if ((data.zonages ?? []).some((zonage) => !estTexteNonVide(zonage))) return refuse.validation('zonages', 'zonings must not be empty');
  if (!data.communes || data.communes.length === 0) return refuse.validation('communes', 'a quartier lies in at least one commune');
  const invalidCommunes = validerCommunes(data.communes, 'communes');
  if (invalidCommunes) return invalidCommunes;
  const reconnaissance = data.reconnaissance ?? null;
  if (reconnaissance) {
    if (!estTexteNonVide(reconnaissance.instance)) return refuse.validation('reconnaissance.instance', 'the recognising body is required');
    if (reconnaissance.date !== null && !estDatePartielle(reconnaissance.date)) {
      return refuse.validation('reconnaissance.date', `"${reconnaissance.date}" is not a date`);
    }
  }
  const predecesseurs = data.predecesseurs ?? [];
  const invalidLinks = validerLiens(predecesseurs, 'predecesseurs', data.qpvId);
  if (invalidLinks) return invalidLinks;
  for (const [index, lien] of predecesseurs.entries()) {
    const before = lien.code ? generationDuCodeQpv(lien.code) : null;
    if (before !== null && generation !== null && before >= generation) {
      return refuse.validation(`predecesseurs[${index}].code`, `a predecessor belongs to an earlier geography than ${generation}`);
    }
  }

  const declaration: QpvDeclare['data'] = {
    qpvId: data.qpvId,
    categorie: data.categorie,
    code: data.code,
    generation,
    validite: { du: validite.du ?? null, au: validite.au ?? null },
    nom: data.nom.trim(),
    alias: aliasDistincts(data.nom, data.alias ?? []),
    communes: data.communes.map(communeNormalisee),
    zonages: data.zonages ?? [],
    reconnaissance,
    predecesseurs,
  };
  if (state.statut !== 'inexistant') {
    if (memesFaits(state.declaration, declaration)) return [];
    return refuse.conflict(`quartier ${state.qpvId} is already declared ("${state.nom}")`, { qpvId: state.qpvId, code: state.code });
  }
  return [{ type: 'QpvDeclare', data: declaration }];
}

function attribuerCode(command: AttribuerCodeQpv, state: QpvState): Decision {
  const { code } = command.data;
  if (!estCodeQpvValide(code)) {
    return refuse.validation('code', `"${code}" is not a QPV code (QP + 6 digits or QN + 5 digits + 1 character)`, { value: code });
  }
  if (state.categorie !== 'qpv') return refuse.invalidTransition(state.categorie, command.type, 'only a QPV has an official code');
  const generation = generationDuCodeQpv(code) as GenerationQpv;
  if (state.generation !== null && state.generation !== generation) {
    return refuse.validation('code', `code ${code} belongs to the ${generation} geography; this QPV is of ${state.generation}`);
  }
  if (state.code === code) return [];
  if (state.code !== null) {
    const motif = exigerMotif(command.metadata, `it replaces the official code ${state.code}`);
    if (motif) return motif;
  }
  return [{ type: 'CodeQpvAttribue', data: { qpvId: state.qpvId, code, ancienCode: state.code, generation } }];
}

function renommer(command: RenommerQpv, state: QpvState): Decision {
  const closed = historique(state, command.type);
  if (closed) return closed;
  if (!estTexteNonVide(command.data.nom)) return refuse.validation('nom', 'the new name must not be empty');
  const nom = command.data.nom.trim();
  if (nom === state.nom) return [];
  return [{ type: 'QpvRenomme', data: { qpvId: state.qpvId, nom, ancienNom: state.nom } }];
}

function ajouterAlias(command: AjouterAliasQpv, state: QpvState): Decision {
  if (!estTexteNonVide(command.data.alias)) return refuse.validation('alias', 'the alias must not be empty');
  const alias = command.data.alias.trim();
  if (memeTexte(alias, state.nom) || state.alias.some((known) => memeTexte(known, alias))) return [];
  return [{ type: 'AliasQpvAjoute', data: { qpvId: state.qpvId, alias } }];
}

function trouverCommune(state: QpvState, commune: CommuneRef): CommuneRef | undefined {
  return state.communes.find((known) => communeCle(known) === communeCle(commune) || (commune.codeInsee === null && memeTexte(known.nom, commune.nom)));
}

function rattacherCommune(command: RattacherCommuneQpv, state: QpvState): Decision {
  const closed = historique(state, command.type);
  if (closed) return closed;
  const invalid = validerCommune(command.data.commune, 'commune');
  if (invalid) return invalid;
  if (trouverCommune(state, command.data.commune)) return [];
  return [{ type: 'CommuneQpvRattachee', data: { qpvId: state.qpvId, commune: communeNormalisee(command.data.commune) } }];
}

function detacherCommune(command: DetacherCommuneQpv, state: QpvState): Decision {
  const closed = historique(state, command.type);
  if (closed) return closed;
  const invalid = validerCommune(command.data.commune, 'commune');
  if (invalid) return invalid;
  const known = trouverCommune(state, command.data.commune);
  if (!known) return [];
  if (state.communes.length === 1)
    return refuse.validation('commune', `"${known.nom}" is the last commune of the quartier; a quartier lies in at least one commune`);
  return [{ type: 'CommuneQpvDetachee', data: { qpvId: state.qpvId, commune: known } }];
}

function remplacer(command: RemplacerQpv, state: QpvState): Decision {
  if (state.statut === 'retire') return refuse.invalidTransition(state.statut, command.type);
  if (state.categorie !== 'qpv') return refuse.invalidTransition(state.categorie, command.type, 'only a national QPV is replaced by the next geography');
  const { successeurs, dateEffet } = command.data;
  if (!isCalendarDate(dateEffet)) return refuse.validation('dateEffet', `"${dateEffet}" is not a date (YYYY-MM-DD)`);
  if (!successeurs || successeurs.length === 0) return refuse.validation('successeurs', 'name at least one successor');
  const invalid = validerLiens(successeurs, 'successeurs', state.qpvId);
  if (invalid) return invalid;
  for (const [index, lien] of successeurs.entries()) {
    const after = lien.code ? generationDuCodeQpv(lien.code) : null;
    if (after !== null && state.generation !== null && after <= state.generation) {
      return refuse.validation(`successeurs[${index}].code`, `a successor belongs to a later geography than ${state.generation}`);
    }
  }
  const nouveaux = successeurs.filter((lien) => !state.successeurs.some((known) => known.qpvId === lien.qpvId));
  if (nouveaux.length === 0) return [];
  return [{ type: 'QpvRemplace', data: { qpvId: state.qpvId, code: state.code, successeurs: nouveaux, dateEffet } }];
}

function retirer(command: RetirerQpv, state: QpvState): Decision {
  if (state.statut === 'retire') return [];
  if (state.statut === 'remplace') return refuse.invalidTransition(state.statut, command.type, 'a replaced QPV stays in the history of its geography');
  if (!isCalendarDate(command.data.dateEffet)) return refuse.validation('dateEffet', `"${command.data.dateEffet}" is not a date (YYYY-MM-DD)`);
  const motif = exigerMotif(command.metadata, 'a quartier leaves the priority geography');
  if (motif) return motif;
  return [{ type: 'QpvRetire', data: { qpvId: state.qpvId, dateEffet: command.data.dateEffet } }];
}

function enregistrerStatistique(command: EnregistrerStatistiqueQpv, state: QpvState): Decision {
  const invalid = validerStatistique(command.data.statistique);
  if (invalid) return invalid;
  const statistique = statistiqueNormalisee(command.data.statistique);
  const precedente = state.statistiques[cleStatistique(statistique)] ?? null;
  if (precedente && memesFaits(precedente, statistique)) return [];
  if (precedente) {
    const motif = exigerMotif(command.metadata, `it corrects the recorded value "${precedente.valeurImprimee}"`);
    if (motif) return motif;
  }
  return [{ type: 'StatistiqueQpvEnregistree', data: { qpvId: state.qpvId, statistique, precedente } }];
}
