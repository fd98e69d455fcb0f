import { listerEspacesDeTravail, type EspaceDeTravail } from '@cdv/application-territoire';
import type { NatureEpci } from '@cdv/domain-territoire';
import { choisirColonnes, type Colonne, type DefinitionExport } from '@cdv/exports';
import { ApiError } from '@cdv/graphql-common';
import type { ReadModelsService } from '@cdv/platform';

const NATURES: Record<NatureEpci, string> = {
  metropole: 'Métropole',
  cu: 'Communauté urbaine',
  ca: 'Communauté d’agglomération',
  cc: 'Communauté de communes',
  ept: 'Établissement public territorial',
  autre: 'Autre',
};

export const COLONNES_ESPACE: Array<Colonne<EspaceDeTravail>> = [
  { id: 'espace', libelle: 'Espace de travail', type: 'texte', parDefaut: true, valeur: (e) => e.id },
  { id: 'nom', libelle: 'EPCI', type: 'texte', parDefaut: true, valeur: (e) => e.nom },
  { id: 'siren', libelle: 'SIREN', type: 'texte', parDefaut: true, valeur: (e) => e.siren },
  { id: 'nature', libelle: 'Nature', type: 'texte', parDefaut: true, valeur: (e) => (e.nature ? NATURES[e.nature] : null) },
  { id: 'communes', libelle: 'Communes', type: 'entier', parDefaut: true, valeur: (e) => e.communes },
  { id: 'ouvert', libelle: 'Territoire ouvert', type: 'booleen', parDefaut: true, valeur: (e) => e.ouvert },
];

/**
 * `espacesDeTravail`: the platform operator's list of workspaces (docs/adr/0030-platform-operators-open-workspaces.md).
 * Unlike every other export it reads across workspaces, so it is asked in the platform's own workspace by its admins
 * only, and reads the list as it is now (the query has no past either).
 */
export function exportEspacesDeTravail(readModels: ReadModelsService, platformTenant: string): DefinitionExport<Record<string, never>> {
  return {
    nom: 'espaces-de-travail',
    titre: 'Espaces de travail',
    description: 'One row per workspace of the platform with its EPCI (the `espacesDeTravail` query): platform operators only, read now.',
    miroir: 'espacesDeTravail',
    roles: ['admin'],
    parametres: [],
    catalogues: { espaces: COLONNES_ESPACE as never },
    lire: () => ({}),
    async preparer(_filtre, demande, colonnes) {
      if (demande.tenantId !== platformTenant)
        throw new ApiError('FORBIDDEN', `only the platform’s operators export the workspaces: admins of the workspace "${platformTenant}"`);
      const espaces = await listerEspacesDeTravail(readModels, platformTenant);
      return {
        tableaux: [{ nom: 'Espaces de travail', colonnes: choisirColonnes(COLONNES_ESPACE, colonnes), lignes: espaces }],
        nomFichier: 'espaces-de-travail',
        parametres: [['lu', 'maintenant (la liste n’a pas de passé)']],
        total: espaces.length,
      };
    },
  };
}
