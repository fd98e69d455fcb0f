import { refuse, type Refusal } from '@cdv/eventsourcing';
import { estTexteNonVide } from './text';
import { estIdentifiantValide } from '@cdv/shared-kernel';

/** A node of a cadre stratégique (a tag): ids are unique across versions, so the version is implied. */
export interface RefNoeud {
  cadreId: string;
  noeudId: string;
}

/** An organisation as the document names it, linked to a registered partner when one matches. */
export interface RefOrganisation {
  partenaireId: string | null;
  libelle: string;
}

export function validerNoeuds(noeuds: readonly RefNoeud[], field: string): Refusal | null {
  for (const [index, noeud] of noeuds.entries()) {
    if (!noeud || !estIdentifiantValide(noeud.cadreId) || !estIdentifiantValide(noeud.noeudId)) {
      return refuse.validation(`${field}[${index}]`, 'a node is named by cadreId and noeudId');
    }
  }
  return null;
}

export function validerOrganisations(organisations: readonly RefOrganisation[], field: string): Refusal | null {
  for (const [index, organisation] of organisations.entries()) {
    if (!organisation || !estTexteNonVide(organisation.libelle))
      return refuse.validation(`${field}[${index}].libelle`, 'the organisation needs its printed label');
    if (organisation.partenaireId !== null && !estIdentifiantValide(organisation.partenaireId)) {
      return refuse.validation(`${field}[${index}].partenaireId`, 'not a partner id');
    }
  }
  return null;
}

export function memeNoeud(a: RefNoeud, b: RefNoeud): boolean {
  return a.cadreId === b.cadreId && a.noeudId === b.noeudId;
}
