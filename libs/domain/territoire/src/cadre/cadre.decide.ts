import { refuse, type Refusal } from '@cdv/eventsourcing';
import { exigerRoleReferentiel } from '../shared/authorization';
import { estDatePartielle } from '../shared/dates';
import { memesFaits } from '../shared/facts';
import { inexistant } from '../shared/refusals';
import { estTexteNonVide } from '../shared/text';
import type { AjouterObjectif, CadreCommand, DeclarerCorrespondance, DefinirCadreStrategique, DefinirLibelleAffiche } from './cadre.commands';
import type { CadreEvent, CadreStrategiqueDefini, Correspondance, ObjectifAjoute } from './cadre.events';
import { cleCorrespondance, libelleAfficheDe, type CadreState } from './cadre.state';
import { estIdentifiantValide } from '@cdv/shared-kernel';

type Decision = CadreEvent[] | Refusal;

export function decideCadre(command: CadreCommand, state: CadreState): Decision {
  const forbidden = exigerRoleReferentiel(command);
  if (forbidden) return forbidden;
  if (command.type === 'DefinirCadreStrategique') return definir(command, state);
  if (state.statut === 'inexistant') return inexistant('Cadre stratégique');
  switch (command.type) {
    case 'AjouterObjectif':
      return ajouterObjectif(command, state);
    case 'DefinirLibelleAffiche':
      return definirLibelleAffiche(command, state);
    case 'DeclarerCorrespondance':
      return declarerCorrespondance(command, state);
    default:
      return refuse.validation('type', `unknown command ${(command as { type: string }).type}`);
  }
}

const CODE = /^[a-z0-9][a-z0-9_-]*$/;

function definir(command: DefinirCadreStrategique, state: CadreState): Decision {
  const data = command.data;
  if (!estIdentifiantValide(data.cadreId)) return refuse.validation('cadreId', 'cadreId must be letters, digits, dot, dash or underscore');
  if (!Number.isInteger(data.version) || data.version < 1) return refuse.validation('version', 'versions are numbered 1, 2, 3…');
  if (!estTexteNonVide(data.intitule)) return refuse.validation('intitule', 'the cadre needs a title');
  if (!data.dimensions || data.dimensions.length === 0) return refuse.validation('dimensions', 'a cadre has at least one dimension');
  const codes = new Set<string>();
  for (const [index, dimension] of data.dimensions.entries()) {
    if (!CODE.test(dimension.code ?? '')) return refuse.validation(`dimensions[${index}].code`, 'a dimension code is lower-case letters, digits, _ or -');
    if (codes.has(dimension.code)) return refuse.validation(`dimensions[${index}].code`, `dimension ${dimension.code} is defined twice`);
    codes.add(dimension.code);
    if (!estTexteNonVide(dimension.libelle)) return refuse.validation(`dimensions[${index}].libelle`, 'the dimension needs a label');
    if (!dimension.niveaux || dimension.niveaux.length === 0 || dimension.niveaux.some((niveau) => !estTexteNonVide(niveau))) {
      return refuse.validation(`dimensions[${index}].niveaux`, 'name every level of the dimension (e.g. pilier, orientation, objectif opérationnel)');
    }
  }
  for (const [index, validation] of (data.validations ?? []).entries()) {
    if (!estTexteNonVide(validation.instance)) return refuse.validation(`validations[${index}].instance`, 'the validating body is required');
    if (!estDatePartielle(validation.date)) return refuse.validation(`validations[${index}].date`, `"${validation.date}" is not a date`);
  }
  if (state.statut !== 'inexistant' && data.cadreId !== state.cadreId) return refuse.validation('cadreId', `this stream holds cadre ${state.cadreId}`);
  const definition: CadreStrategiqueDefini['data'] = {
    cadreId: data.cadreId,
    version: data.version,
    intitule: data.intitule.trim(),
    contratId: data.contratId ?? null,
    dimensions: data.dimensions.map((dimension) => ({ code: dimension.code, libelle: dimension.libelle, niveaux: [...dimension.niveaux] })),
    validations: data.validations ?? [],
    versionPrecedente: data.version > 1 ? data.version - 1 : null,
  };
  const existing = state.versions[data.version];
  if (existing) {
    return memesFaits(existing, definition)
      ? []
      : refuse.conflict(`version ${data.version} of cadre ${state.cadreId} is already defined`, { version: data.version });
  }
  if (data.version !== state.derniereVersion + 1) {
    return refuse.validation('version', `the next version of this cadre is ${state.derniereVersion + 1}`, { expected: state.derniereVersion + 1 });
  }
  return [{ type: 'CadreStrategiqueDefini', data: definition }];
}

/** Only the latest version is edited: a superseded version stays as it was, so old tags keep their meaning. */
function versionModifiable(state: CadreState, version: number, command: string): Refusal | null {
  if (!state.versions[version]) return inexistant('Version du cadre', String(version));
  if (version !== state.derniereVersion) {
    return refuse.invalidTransition(
      'version_remplacee',
      command,
      `version ${version} is superseded by version ${state.derniereVersion}; it can no longer change`,
    );
  }
  return null;
}

function ajouterObjectif(command: AjouterObjectif, state: CadreState): Decision {
  const data = command.data;
  if (!Number.isInteger(data.version)) return refuse.validation('version', 'version is a number');
  if (!estIdentifiantValide(data.noeudId)) return refuse.validation('noeudId', 'noeudId must be letters, digits, dot, dash or underscore');
  if (!estTexteNonVide(data.libelle)) return refuse.validation('libelle', 'the label printed in the source is required');
  const parentId = data.parentId ?? null;
  const parent = parentId ? state.noeuds[parentId] : undefined;
  const niveau = data.niveau ?? (parent ? parent.niveau + 1 : 0);
  const ajout: ObjectifAjoute['data'] = {
    cadreId: state.cadreId,
    version: data.version,
    dimension: data.dimension,
    noeudId: data.noeudId,
    parentId,
    niveau,
    code: data.code ?? null,
    libelle: data.libelle,
    libelleAffiche: data.libelleAffiche ?? null,
    variantes: data.variantes ?? [],
    liens: data.liens ?? [],
  };
  const existing = state.noeuds[data.noeudId];
  if (existing) {
    return memesFaits(existing, ajout)
      ? []
      : refuse.conflict(`node ${data.noeudId} already exists (version ${existing.version}); node ids are unique across versions`, { noeudId: data.noeudId });
  }
  const frozen = versionModifiable(state, data.version, command.type);
  if (frozen) return frozen;
  const dimension = state.versions[data.version].dimensions.find((d) => d.code === data.dimension);
  if (!dimension) return refuse.validation('dimension', `version ${data.version} has no dimension ${data.dimension}`);
  if (parentId !== null) {
    if (!parent || parent.version !== data.version || parent.dimension !== data.dimension) {
      return refuse.validation('parentId', `parent ${parentId} is not a node of ${data.dimension} in version ${data.version}`);
    }
    if (niveau !== parent.niveau + 1) return refuse.validation('niveau', `a child of a level-${parent.niveau} node is at level ${parent.niveau + 1}`);
  }
  if (!Number.isInteger(niveau) || niveau < 0 || niveau >= dimension.niveaux.length) {
    return refuse.validation('niveau', `${data.dimension} has levels 0 to ${dimension.niveaux.length - 1} (${dimension.niveaux.join(' → ')})`);
  }
  if (ajout.libelleAffiche !== null && !estTexteNonVide(ajout.libelleAffiche)) return refuse.validation('libelleAffiche', 'an empty display label is null');
  if (ajout.variantes.some((variante) => !estTexteNonVide(variante))) return refuse.validation('variantes', 'variants must not be empty');
  for (const [index, lien] of ajout.liens.entries()) {
    const target = state.noeuds[lien];
    if (!target || target.version !== data.version) return refuse.validation(`liens[${index}]`, `${lien} is not a node of version ${data.version}`);
  }
  return [{ type: 'ObjectifAjoute', data: ajout }];
}

function definirLibelleAffiche(command: DefinirLibelleAffiche, state: CadreState): Decision {
  const noeud = state.noeuds[command.data.noeudId];
  if (!noeud) return inexistant('Objectif', command.data.noeudId);
  const frozen = versionModifiable(state, noeud.version, command.type);
  if (frozen) return frozen;
  const { libelleAffiche } = command.data;
  if (libelleAffiche !== null && !estTexteNonVide(libelleAffiche)) return refuse.validation('libelleAffiche', 'use null to remove the display label');
  if (libelleAfficheDe(state, noeud.noeudId) === libelleAffiche) return [];
  return [{ type: 'LibelleAfficheDefini', data: { cadreId: state.cadreId, version: noeud.version, noeudId: noeud.noeudId, libelleAffiche } }];
}

function declarerCorrespondance(command: DeclarerCorrespondance, state: CadreState): Decision {
  const { versionSource, versionCible, correspondances } = command.data;
  if (!state.versions[versionSource]) return inexistant('Version du cadre', String(versionSource));
  if (!state.versions[versionCible]) return inexistant('Version du cadre', String(versionCible));
  if (versionCible <= versionSource) return refuse.validation('versionCible', 'a mapping goes from an older version to a newer one');
  if (!correspondances || correspondances.length === 0) return refuse.validation('correspondances', 'declare at least one mapping');
  const nouvelles: Correspondance[] = [];
  for (const [index, { de, vers }] of correspondances.entries()) {
    if (state.noeuds[de]?.version !== versionSource)
      return refuse.validation(`correspondances[${index}].de`, `${de} is not a node of version ${versionSource}`);
    if (!Array.isArray(vers)) return refuse.validation(`correspondances[${index}].vers`, 'list the target nodes (possibly none)');
    for (const cible of vers) {
      if (state.noeuds[cible]?.version !== versionCible)
        return refuse.validation(`correspondances[${index}].vers`, `${cible} is not a node of version ${versionCible}`);
    }
    const known = state.correspondances[cleCorrespondance(versionSource, versionCible, de)];
    if (known) {
      if (!memesFaits([...known].sort(), [...vers].sort())) {
        return refuse.conflict(`${de} is already mapped to ${known.join(', ') || 'nothing'}`, { de, vers: known });
      }
      continue;
    }
    nouvelles.push({ de, vers: [...vers] });
  }
  if (nouvelles.length === 0) return [];
  return [{ type: 'CorrespondanceVersionsDeclaree', data: { cadreId: state.cadreId, versionSource, versionCible, correspondances: nouvelles } }];
}
