import type { Command } from '@cdv/eventsourcing';
import type { CommuneRef } from '../shared/commune';
import type { CategorieFinanceur, NaturePartenaire, RolePartenaire } from './partenaire.events';

export type EnregistrerPartenaire = Command<
  'EnregistrerPartenaire',
  {
    partenaireId: string;
    nature: NaturePartenaire;
    nom: string;
    alias?: string[];
    siret?: string | null;
    siren?: string | null;
    rna?: string | null;
    roles?: RolePartenaire[];
    /** Required when the partner is a financeur. */
    categorieFinanceur?: CategorieFinanceur | null;
    communes?: CommuneRef[];
    associationPorteuseId?: string | null;
  }
>;
export type RenommerPartenaire = Command<'RenommerPartenaire', { nom: string }>;
export type AjouterAliasPartenaire = Command<'AjouterAliasPartenaire', { alias: string }>;
/** Fields left undefined stay unchanged; replacing a known identifier needs a reason. */
export type RenseignerIdentifiantsPartenaire = Command<
  'RenseignerIdentifiantsPartenaire',
  { siret?: string | null; siren?: string | null; rna?: string | null }
>;
export type ChangerRolesPartenaire = Command<'ChangerRolesPartenaire', { roles: RolePartenaire[]; categorieFinanceur?: CategorieFinanceur | null }>;
export type DesignerAssociationPorteuse = Command<'DesignerAssociationPorteuse', { associationPorteuseId: string }>;

export type PartenaireCommand =
  EnregistrerPartenaire | RenommerPartenaire | AjouterAliasPartenaire | RenseignerIdentifiantsPartenaire | ChangerRolesPartenaire | DesignerAssociationPorteuse;
