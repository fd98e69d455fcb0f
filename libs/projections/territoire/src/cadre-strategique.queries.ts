import type { Requete } from './shared/events';
import type { CadreStrategiqueDocument, NoeudVue } from './cadre-strategique.projection';

/** A given version, or the current one. */
export function cadreStrategiqueQuery(cadreId: string, version?: number): Requete {
  return { filter: version === undefined ? { cadreId, statut: 'courante' } : { cadreId, version } };
}

/** Every version of a cadre, newest first. */
export function versionsCadreQuery(cadreId: string): Requete {
  return { filter: { cadreId }, sort: { version: -1 } };
}

/** Finds the version holding a node (node ids are unique across versions: a tag keeps pointing to its version). */
export function versionDuNoeudQuery(noeudId: string): Requete {
  return { filter: { 'noeuds.noeudId': noeudId } };
}

/** The nodes of one dimension of a version, in source order. */
export function noeudsPipeline(cadreId: string, version: number, dimension?: string): Record<string, unknown>[] {
  return [
    { $match: { cadreId, version } },
    { $unwind: '$noeuds' },
    { $replaceRoot: { newRoot: '$noeuds' } },
    ...(dimension ? [{ $match: { dimension } }] : []),
    { $sort: { ordre: 1 } },
  ];
}

export interface NoeudArbre extends NoeudVue {
  sousNoeuds: NoeudArbre[];
}

/** Nests the flat nodes of a dimension into a tree (GraphQL returns trees; documents stay flat for queries). */
export function arbre(document: CadreStrategiqueDocument, dimension: string): NoeudArbre[] {
  const byId = new Map(document.noeuds.map((noeud) => [noeud.noeudId, noeud]));
  const build = (noeud: NoeudVue): NoeudArbre => ({
    ...noeud,
    sousNoeuds: noeud.enfants
      .map((id) => byId.get(id))
      .filter((n): n is NoeudVue => !!n)
      .map(build),
  });
  const racines = document.dimensions.find((d) => d.code === dimension)?.racines ?? [];
  return racines
    .map((id) => byId.get(id))
    .filter((n): n is NoeudVue => !!n)
    .map(build);
}
