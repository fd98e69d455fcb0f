import { refuse, type Refusal } from '@cdv/eventsourcing';
import { exigerRoleReferentiel } from '../shared/authorization';
import { communeNormalisee, validerCommunes } from '../shared/commune';
import { memesFaits } from '../shared/facts';
import { inexistant } from '../shared/refusals';
import { aliasDistincts, estTexteNonVide } from '../shared/text';
import { estRnaValide } from '../shared/validators';
import type {
  AjouterAliasPartenaire,
  ChangerRolesPartenaire,
  DesignerAssociationPorteuse,
  EnregistrerPartenaire,
  PartenaireCommand,
  RenommerPartenaire,
  RenseignerIdentifiantsPartenaire,
} from './partenaire.commands';
import {
  CATEGORIES_FINANCEUR,
  NATURES_PARTENAIRE,
  ROLES_PARTENAIRE,
  type CategorieFinanceur,
  type IdentifiantsPartenaire,
  type PartenaireEnregistre,
  type PartenaireEvent,
  type RolePartenaire,
} from './partenaire.events';
import type { PartenaireState } from './partenaire.state';
import { memeTexte, estIdentifiantValide, estSirenValide, estSiretValide, exigerMotif } from '@cdv/shared-kernel';

type Decision = PartenaireEvent[] | Refusal;

export function decidePartenaire(command: PartenaireCommand, state: PartenaireState): Decision {
  const forbidden = porteurEnregistreParUnAgent(command) ? null : exigerRoleReferentiel(command);
  if (forbidden) return forbidden;
  if (command.type === 'EnregistrerPartenaire') return enregistrer(command, state);
  if (state.statut === 'inexistant') return inexistant('Partenaire');
  switch (command.type) {
    case 'RenommerPartenaire':
      return renommer(command, state);
    case 'AjouterAliasPartenaire':
      return ajouterAlias(command, state);
    case 'RenseignerIdentifiantsPartenaire':
      return renseignerIdentifiants(command, state);
    case 'ChangerRolesPartenaire':
      return changerRoles(command, state);
    case 'DesignerAssociationPorteuse':
      return designerAssociationPorteuse(command, state);
    default:
      return refuse.validation('type', `unknown command ${(command as { type: string }).type}`);
  }
}

/**
 * An agent meets new associations every year, in the spreadsheets and the deposits it handles: it may register an
 * organisation as a porteur, and nothing more (financeurs, signataires, every later change stay with the admins).
 * docs/adr/0030-platform-operators-open-workspaces.md.
 */
function porteurEnregistreParUnAgent(command: PartenaireCommand): boolean {
  if (command.type !== 'EnregistrerPartenaire' || command.metadata.actor.role !== 'agent') return false;
  const roles = command.data.roles ?? [];
  return roles.length === 1 && roles[0] === 'porteur' && (command.data.associationPorteuseId ?? null) === null;
}

/** SIRET (14 digits, Luhn, La Poste exception), SIREN (9 digits, Luhn), RNA (W + 9); a SIRET starts with its SIREN. */
export function validerIdentifiants(ids: IdentifiantsPartenaire): Refusal | null {
  if (ids.siret !== null && !estSiretValide(ids.siret)) {
    return refuse.validation('siret', `"${ids.siret}" is not a valid SIRET (14 digits, Luhn checksum)`, { value: ids.siret });
  }
  if (ids.siren !== null && !estSirenValide(ids.siren)) {
    return refuse.validation('siren', `"${ids.siren}" is not a valid SIREN (9 digits, Luhn checksum)`, { value: ids.siren });
  }
  if (ids.siret !== null && ids.siren !== null && !ids.siret.startsWith(ids.siren)) {
    return refuse.validation('siret', `SIRET ${ids.siret} does not belong to SIREN ${ids.siren}`);
  }
  if (ids.rna !== null && !estRnaValide(ids.rna)) {
    return refuse.validation('rna', `"${ids.rna}" is not an RNA number (W followed by 9 digits)`, { value: ids.rna });
  }
  return null;
}

function validerRoles(roles: readonly RolePartenaire[], categorie: CategorieFinanceur | null): Refusal | null {
  if (roles.some((role) => !ROLES_PARTENAIRE.includes(role))) return refuse.validation('roles', `roles are among ${ROLES_PARTENAIRE.join(', ')}`);
  if (new Set(roles).size !== roles.length) return refuse.validation('roles', 'a role is listed twice');
  if (categorie !== null && !CATEGORIES_FINANCEUR.includes(categorie)) {
    return refuse.validation('categorieFinanceur', `categorieFinanceur must be one of ${CATEGORIES_FINANCEUR.join(', ')}`);
  }
  // Reports split money by these categories: a financeur without one would fall out of every total.
  if (roles.includes('financeur') && categorie === null) return refuse.validation('categorieFinanceur', 'a financeur needs its report category');
  if (!roles.includes('financeur') && categorie !== null) return refuse.validation('categorieFinanceur', 'only a financeur has a financeur category');
  return null;
}

function enregistrer(command: EnregistrerPartenaire, state: PartenaireState): Decision {
  const data = command.data;
  if (!estIdentifiantValide(data.partenaireId)) return refuse.validation('partenaireId', 'partenaireId must be letters, digits, dot, dash or underscore');
  if (!NATURES_PARTENAIRE.includes(data.nature)) return refuse.validation('nature', `nature must be one of ${NATURES_PARTENAIRE.join(', ')}`);
  if (!estTexteNonVide(data.nom)) return refuse.validation('nom', 'the partner needs a name');
  if ((data.alias ?? []).some((alias) => !estTexteNonVide(alias))) return refuse.validation('alias', 'aliases must not be empty');
  const ids: IdentifiantsPartenaire = { siret: data.siret ?? null, siren: data.siren ?? null, rna: data.rna ?? null };
  const roles = data.roles ?? [];
  const categorieFinanceur = data.categorieFinanceur ?? null;
  const associationPorteuseId = data.associationPorteuseId ?? null;
  const invalid = validerIdentifiants(ids) ?? validerRoles(roles, categorieFinanceur) ?? validerCommunes(data.communes ?? [], 'communes');
  if (invalid) return invalid;
  if (associationPorteuseId !== null) {
    if (data.nature !== 'conseil_citoyen') return refuse.validation('associationPorteuseId', 'only a conseil citoyen is carried by an association');
    if (!estIdentifiantValide(associationPorteuseId) || associationPorteuseId === data.partenaireId) {
      return refuse.validation('associationPorteuseId', 'name another partner (the association) by its id');
    }
  }
  const enregistrement: PartenaireEnregistre['data'] = {
    partenaireId: data.partenaireId,
    nature: data.nature,
    nom: data.nom.trim(),
    alias: aliasDistincts(data.nom, data.alias ?? []),
    ...ids,
    roles,
    categorieFinanceur,
    communes: (data.communes ?? []).map(communeNormalisee),
    associationPorteuseId,
  };
  if (state.statut !== 'inexistant') {
    if (memesFaits(state.enregistrement, enregistrement)) return [];
    return refuse.conflict(`partenaire ${state.partenaireId} is already registered ("${state.nom}")`, { partenaireId: state.partenaireId });
  }
  return [{ type: 'PartenaireEnregistre', data: enregistrement }];
}

function renommer(command: RenommerPartenaire, state: PartenaireState): Decision {
  if (!estTexteNonVide(command.data.nom)) return refuse.validation('nom', 'the new name must not be empty');
  const nom = command.data.nom.trim();
  if (nom === state.nom) return [];
  return [{ type: 'PartenaireRenomme', data: { partenaireId: state.partenaireId, nom, ancienNom: state.nom } }];
}

function ajouterAlias(command: AjouterAliasPartenaire, state: PartenaireState): Decision {
  if (!estTexteNonVide(command.data.alias)) return refuse.validation('alias', 'the alias must not be empty');
  const alias = command.data.alias.trim();
  if (memeTexte(alias, state.nom) || state.alias.some((known) => memeTexte(known, alias))) return [];
  return [{ type: 'AliasPartenaireAjoute', data: { partenaireId: state.partenaireId, alias } }];
}

function renseignerIdentifiants(command: RenseignerIdentifiantsPartenaire, state: PartenaireState): Decision {
  const precedents: IdentifiantsPartenaire = { siret: state.siret, siren: state.siren, rna: state.rna };
  const next: IdentifiantsPartenaire = {
    siret: command.data.siret === undefined ? state.siret : command.data.siret,
    siren: command.data.siren === undefined ? state.siren : command.data.siren,
    rna: command.data.rna === undefined ? state.rna : command.data.rna,
  };
  const invalid = validerIdentifiants(next);
  if (invalid) return invalid;
  if (memesFaits(precedents, next)) return [];
  const replaced = (['siret', 'siren', 'rna'] as const).filter((key) => precedents[key] !== null && precedents[key] !== next[key]);
  if (replaced.length > 0) {
    const motif = exigerMotif(command.metadata, `it replaces the known ${replaced.join(', ')}`);
    if (motif) return motif;
  }
  return [{ type: 'IdentifiantsPartenaireRenseignes', data: { partenaireId: state.partenaireId, ...next, precedents } }];
}

function changerRoles(command: ChangerRolesPartenaire, state: PartenaireState): Decision {
  const roles = [...(command.data.roles ?? [])];
  const categorieFinanceur =
    command.data.categorieFinanceur === undefined ? (roles.includes('financeur') ? state.categorieFinanceur : null) : command.data.categorieFinanceur;
  const invalid = validerRoles(roles, categorieFinanceur);
  if (invalid) return invalid;
  const same = roles.length === state.roles.length && roles.every((role) => state.roles.includes(role));
  if (same && categorieFinanceur === state.categorieFinanceur) return [];
  return [{ type: 'RolesPartenaireChanges', data: { partenaireId: state.partenaireId, roles, categorieFinanceur } }];
}

function designerAssociationPorteuse(command: DesignerAssociationPorteuse, state: PartenaireState): Decision {
  if (state.nature !== 'conseil_citoyen') {
    return refuse.invalidTransition(state.nature, command.type, 'only a conseil citoyen is carried by an association');
  }
  const { associationPorteuseId } = command.data;
  if (!estIdentifiantValide(associationPorteuseId) || associationPorteuseId === state.partenaireId) {
    return refuse.validation('associationPorteuseId', 'name another partner (the association) by its id');
  }
  if (associationPorteuseId === state.associationPorteuseId) return [];
  return [
    {
      type: 'AssociationPorteuseDesignee',
      data: { partenaireId: state.partenaireId, associationPorteuseId, anciennePorteuseId: state.associationPorteuseId },
    },
  ];
}
