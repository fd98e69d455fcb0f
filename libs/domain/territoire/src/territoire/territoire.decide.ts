import { refuse, type Refusal } from '@cdv/eventsourcing';
import { exigerRoleReferentiel } from '../shared/authorization';
import { communeCle, communeNormalisee, validerCommune, validerCommunes } from '../shared/commune';
import { estDatePartielle } from '../shared/dates';
import { memesFaits } from '../shared/facts';
import { cleStatistique, statistiqueNormalisee, validerStatistique } from '../shared/statistique';
import { aliasDistincts, estTexteNonVide } from '../shared/text';
import { estCodeInseeValide, problemeSlugTerritoire } from '../shared/validators';
import type {
  AjouterAliasCommune,
  AttribuerCodeInseeCommune,
  AttribuerSirenTerritoire,
  ChangerNatureTerritoire,
  CommuneARattacher,
  DetacherCommune,
  EnregistrerStatistiqueTerritoire,
  OuvrirTerritoire,
  RenommerTerritoire,
  TerritoireCommand,
} from './territoire.commands';
import { NATURES_EPCI, type Predecesseur, type TerritoireEvent } from './territoire.events';
import { trouverCommune, type TerritoireState } from './territoire.state';
import { memeTexte, normaliserTexte, estSirenValide, exigerMotif } from '@cdv/shared-kernel';

type Decision = TerritoireEvent[] | Refusal;

export function decideTerritoire(command: TerritoireCommand, state: TerritoireState): Decision {
  const forbidden = exigerRoleReferentiel(command);
  if (forbidden) return forbidden;
  switch (command.type) {
    case 'OuvrirTerritoire':
      return ouvrir(command, state);
    case 'RenommerTerritoire':
      return renommer(command, state);
    case 'ChangerNatureTerritoire':
      return changerNature(command, state);
    case 'AttribuerSirenTerritoire':
      return attribuerSiren(command, state);
    case 'RattacherCommune':
      return ouvert(state, command) ?? rattacher(command.data, state, 'commune');
    case 'DetacherCommune':
      return detacher(command, state);
    case 'AjouterAliasCommune':
      return ajouterAlias(command, state);
    case 'AttribuerCodeInseeCommune':
      return attribuerCodeInsee(command, state);
    case 'DeclarerPredecesseur':
      return ouvert(state, command) ?? declarerPredecesseur(command.data.predecesseur, state, 'predecesseur');
    case 'EnregistrerStatistiqueTerritoire':
      return enregistrerStatistique(command, state);
    default:
      return refuse.validation('type', `unknown command ${(command as { type: string }).type}`);
  }
}

/** Every command but OuvrirTerritoire needs the workspace to be open. */
function ouvert(state: TerritoireState, command: TerritoireCommand): Refusal | null {
  return state.statut === 'ouvert' ? null : refuse.notFound('Territoire', command.metadata.tenantId);
}

function optionalText(value: string | null | undefined, field: string): Refusal | null {
  return value === undefined || value === null || estTexteNonVide(value) ? null : refuse.validation(field, `${field} must not be empty`);
}

function ouvrir(command: OuvrirTerritoire, state: TerritoireState): Decision {
  const data = command.data;
  // A new workspace's id must stay a valid stream prefix and MongoDB database name (cdv_{tenant}).
  const slug = state.statut === 'ouvert' ? null : problemeSlugTerritoire(command.metadata.tenantId);
  if (slug) return refuse.validation('tenant', slug, { value: command.metadata.tenantId });
  if (!estTexteNonVide(data.nom)) return refuse.validation('nom', 'the legal name of the EPCI is required');
  if (data.siren !== null && !estSirenValide(data.siren)) {
    return refuse.validation('siren', `"${data.siren}" is not a valid SIREN (9 digits, Luhn checksum)`, { value: data.siren });
  }
  if (data.nature !== null && !NATURES_EPCI.includes(data.nature)) {
    return refuse.validation('nature', `nature must be one of ${NATURES_EPCI.join(', ')}`);
  }
  const invalid =
    optionalText(data.acronyme, 'acronyme') ??
    optionalText(data.nomUsuel, 'nomUsuel') ??
    optionalText(data.departement, 'departement') ??
    optionalText(data.region, 'region') ??
    validerCommunes(data.communes ?? [], 'communes') ??
    (data.communes ?? []).map((commune, index) => validerDepuis(commune, `communes[${index}]`)).find(Boolean) ??
    (data.predecesseurs ?? []).map((p, index) => validerPredecesseur(p, `predecesseurs[${index}]`)).find(Boolean);
  if (invalid) return invalid;

  const identite = {
    siren: data.siren,
    nom: data.nom.trim(),
    nomUsuel: data.nomUsuel ?? null,
    acronyme: data.acronyme ?? null,
    nature: data.nature,
    departement: data.departement ?? null,
    region: data.region ?? null,
  };
  const events: TerritoireEvent[] = [];
  let current = state;
  if (state.statut === 'ouvert') {
    const { siren, nom, nomUsuel, acronyme, nature, departement, region } = state;
    if (!memesFaits(identite, { siren, nom, nomUsuel, acronyme, nature, departement, region })) {
      return refuse.conflict(`the territoire is already open as "${state.nom}"`, { nom: state.nom });
    }
  } else {
    events.push({ type: 'TerritoireOuvert', data: identite });
    current = { ...state, statut: 'ouvert' };
  }
  // Opening again with the same identity only adds what is missing: re-running a seed is a no-op.
  for (const [index, commune] of (data.communes ?? []).entries()) {
    const decision = rattacher(commune, current, `communes[${index}]`);
    if (!Array.isArray(decision)) return decision;
    events.push(...decision);
  }
  for (const [index, predecesseur] of (data.predecesseurs ?? []).entries()) {
    const decision = declarerPredecesseur(predecesseur, current, `predecesseurs[${index}]`);
    if (!Array.isArray(decision)) return decision;
    events.push(...decision);
  }
  return events;
}

function validerDepuis(commune: CommuneARattacher, field: string): Refusal | null {
  if (commune.depuis != null && !estDatePartielle(commune.depuis)) {
    return refuse.validation(`${field}.depuis`, `"${commune.depuis}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  }
  if (commune.alias && commune.alias.some((alias) => !estTexteNonVide(alias))) {
    return refuse.validation(`${field}.alias`, 'aliases must not be empty');
  }
  return null;
}

function rattacher(commune: CommuneARattacher, state: TerritoireState, field: string): Decision {
  const invalid = validerCommune(commune, field) ?? validerDepuis(commune, field);
  if (invalid) return invalid;
  const ref = communeNormalisee(commune);
  const alias = aliasDistincts(ref.nom, commune.alias ?? []);
  const existing = trouverCommune(state, ref) ?? (ref.codeInsee ? trouverCommune(state, { codeInsee: null, nom: ref.nom }) : undefined);
  if (!existing) return [{ type: 'CommuneRattachee', data: { commune: ref, alias, depuis: commune.depuis ?? null } }];

  if (!memeTexte(existing.nom, ref.nom) && !existing.alias.some((a) => memeTexte(a, ref.nom))) {
    return refuse.conflict(`commune ${communeCle(ref)} is already attached as "${existing.nom}"`, { field, nom: existing.nom });
  }
  if (existing.codeInsee && ref.codeInsee && existing.codeInsee !== ref.codeInsee) {
    return refuse.conflict(`commune "${ref.nom}" is already attached with INSEE code ${existing.codeInsee}`, { field });
  }
  const events: TerritoireEvent[] = [];
  const known = { codeInsee: existing.codeInsee, nom: existing.nom };
  if (!existing.rattachee) events.push({ type: 'CommuneRattachee', data: { commune: known, alias: [], depuis: commune.depuis ?? null } });
  if (!existing.codeInsee && ref.codeInsee) {
    events.push({ type: 'CodeInseeCommuneAttribue', data: { nom: existing.nom, codeInsee: ref.codeInsee } });
    known.codeInsee = ref.codeInsee;
  }
  for (const a of [ref.nom, ...alias]) {
    const already = memeTexte(a, existing.nom) || existing.alias.some((x) => memeTexte(x, a));
    if (!already && !events.some((e) => e.type === 'AliasCommuneAjoute' && memeTexte(e.data.alias, a))) {
      events.push({ type: 'AliasCommuneAjoute', data: { commune: known, alias: a } });
    }
  }
  return events;
}

function detacher(command: DetacherCommune, state: TerritoireState): Decision {
  const closed = ouvert(state, command);
  if (closed) return closed;
  const invalid = validerCommune(command.data.commune, 'commune');
  if (invalid) return invalid;
  if (command.data.jusquAu !== null && !estDatePartielle(command.data.jusquAu)) {
    return refuse.validation('jusquAu', `"${command.data.jusquAu}" is not a date`);
  }
  const existing = trouverCommune(state, command.data.commune);
  if (!existing) return refuse.notFound('Commune', command.data.commune.codeInsee ?? command.data.commune.nom);
  if (!existing.rattachee) return [];
  return [{ type: 'CommuneDetachee', data: { commune: { codeInsee: existing.codeInsee, nom: existing.nom }, jusquAu: command.data.jusquAu } }];
}

function ajouterAlias(command: AjouterAliasCommune, state: TerritoireState): Decision {
  const closed = ouvert(state, command);
  if (closed) return closed;
  if (!estTexteNonVide(command.data.alias)) return refuse.validation('alias', 'the alias must not be empty');
  const existing = trouverCommune(state, command.data.commune);
  if (!existing) return refuse.notFound('Commune', command.data.commune.codeInsee ?? command.data.commune.nom);
  const alias = command.data.alias.trim();
  if (memeTexte(existing.nom, alias) || existing.alias.some((a) => memeTexte(a, alias))) return [];
  return [{ type: 'AliasCommuneAjoute', data: { commune: { codeInsee: existing.codeInsee, nom: existing.nom }, alias } }];
}

function attribuerCodeInsee(command: AttribuerCodeInseeCommune, state: TerritoireState): Decision {
  const closed = ouvert(state, command);
  if (closed) return closed;
  const { nom, codeInsee } = command.data;
  if (!estCodeInseeValide(codeInsee)) return refuse.validation('codeInsee', `"${codeInsee}" is not an INSEE commune code`, { value: codeInsee });
  const existing = trouverCommune(state, { codeInsee: null, nom });
  if (!existing) return refuse.notFound('Commune', nom);
  if (existing.codeInsee === codeInsee) return [];
  if (existing.codeInsee) return refuse.conflict(`commune "${existing.nom}" already has INSEE code ${existing.codeInsee}`);
  if (state.communes[codeInsee]) return refuse.conflict(`INSEE code ${codeInsee} is already used by "${state.communes[codeInsee].nom}"`);
  return [{ type: 'CodeInseeCommuneAttribue', data: { nom: existing.nom, codeInsee } }];
}

function validerPredecesseur(predecesseur: Predecesseur | undefined, field: string): Refusal | null {
  if (!predecesseur) return refuse.validation(field, 'a predecessor is required');
  if (!estTexteNonVide(predecesseur.nom)) return refuse.validation(`${field}.nom`, 'the predecessor needs a name');
  if (predecesseur.siren !== null && !estSirenValide(predecesseur.siren)) {
    return refuse.validation(`${field}.siren`, `"${predecesseur.siren}" is not a valid SIREN`);
  }
  if (predecesseur.jusquAu !== null && !estDatePartielle(predecesseur.jusquAu)) {
    return refuse.validation(`${field}.jusquAu`, `"${predecesseur.jusquAu}" is not a date`);
  }
  const contrat = predecesseur.contratDeVille;
  if (contrat && !estTexteNonVide(contrat.intitule)) return refuse.validation(`${field}.contratDeVille.intitule`, 'the contract needs a title');
  if (contrat && contrat.signeLe !== null && !estDatePartielle(contrat.signeLe)) {
    return refuse.validation(`${field}.contratDeVille.signeLe`, `"${contrat.signeLe}" is not a date`);
  }
  return null;
}

function declarerPredecesseur(predecesseur: Predecesseur, state: TerritoireState, field: string): Decision {
  const invalid = validerPredecesseur(predecesseur, field);
  if (invalid) return invalid;
  const normalise: Predecesseur = {
    nom: predecesseur.nom.trim(),
    siren: predecesseur.siren,
    jusquAu: predecesseur.jusquAu,
    contratDeVille: predecesseur.contratDeVille ?? null,
    note: predecesseur.note ?? null,
  };
  const existing = state.predecesseurs[normaliserTexte(normalise.nom)];
  if (existing) {
    return memesFaits(existing, normalise) ? [] : refuse.conflict(`predecessor "${normalise.nom}" is already declared differently`, { field });
  }
  return [{ type: 'PredecesseurDeclare', data: { predecesseur: normalise } }];
}

function renommer(command: RenommerTerritoire, state: TerritoireState): Decision {
  const closed = ouvert(state, command);
  if (closed) return closed;
  const { nom } = command.data;
  if (!estTexteNonVide(nom)) return refuse.validation('nom', 'the new name must not be empty');
  const invalid = optionalText(command.data.acronyme, 'acronyme') ?? optionalText(command.data.nomUsuel, 'nomUsuel');
  if (invalid) return invalid;
  const acronyme = command.data.acronyme === undefined ? state.acronyme : command.data.acronyme;
  const nomUsuel = command.data.nomUsuel === undefined ? state.nomUsuel : command.data.nomUsuel;
  if (nom.trim() === state.nom && acronyme === state.acronyme && nomUsuel === state.nomUsuel) return [];
  return [{ type: 'TerritoireRenomme', data: { nom: nom.trim(), ancienNom: state.nom, acronyme, nomUsuel } }];
}

function changerNature(command: ChangerNatureTerritoire, state: TerritoireState): Decision {
  const closed = ouvert(state, command);
  if (closed) return closed;
  if (!NATURES_EPCI.includes(command.data.nature)) return refuse.validation('nature', `nature must be one of ${NATURES_EPCI.join(', ')}`);
  if (!estDatePartielle(command.data.depuis)) return refuse.validation('depuis', 'the date the new legal kind applies from is required');
  if (command.data.nature === state.nature) return [];
  return [{ type: 'NatureTerritoireChangee', data: { nature: command.data.nature, ancienneNature: state.nature, depuis: command.data.depuis } }];
}

function attribuerSiren(command: AttribuerSirenTerritoire, state: TerritoireState): Decision {
  const closed = ouvert(state, command);
  if (closed) return closed;
  const { siren } = command.data;
  if (!estSirenValide(siren)) return refuse.validation('siren', `"${siren}" is not a valid SIREN (9 digits, Luhn checksum)`, { value: siren });
  if (siren === state.siren) return [];
  if (state.siren !== null) {
    const motif = exigerMotif(command.metadata, `the SIREN ${state.siren} is being replaced`);
    if (motif) return motif;
  }
  return [{ type: 'SirenTerritoireAttribue', data: { siren, ancienSiren: state.siren } }];
}

function enregistrerStatistique(command: EnregistrerStatistiqueTerritoire, state: TerritoireState): Decision {
  const closed = ouvert(state, command);
  if (closed) return closed;
  const invalid = validerStatistique(command.data.statistique);
  if (invalid) return invalid;
  const statistique = statistiqueNormalisee(command.data.statistique);
  const precedente = state.statistiques[cleStatistique(statistique)] ?? null;
  if (precedente && memesFaits(precedente, statistique)) return [];
  if (precedente) {
    const motif = exigerMotif(command.metadata, `it corrects the recorded value "${precedente.valeurImprimee}"`);
    if (motif) return motif;
  }
  return [{ type: 'StatistiqueTerritoireEnregistree', data: { statistique, precedente } }];
}
