import type { CategorieFinanceur, NaturePartenaire, PartenaireEnregistre, PartenaireEvent, RolePartenaire } from './partenaire.events';

export interface PartenaireState {
  statut: 'inexistant' | 'enregistre';
  partenaireId: string;
  nature: NaturePartenaire;
  nom: string;
  alias: string[];
  siret: string | null;
  siren: string | null;
  rna: string | null;
  roles: RolePartenaire[];
  categorieFinanceur: CategorieFinanceur | null;
  associationPorteuseId: string | null;
  enregistrement: PartenaireEnregistre['data'] | null;
}

export const initialPartenaireState = (): PartenaireState => ({
  statut: 'inexistant',
  partenaireId: '',
  nature: 'autre',
  nom: '',
  alias: [],
  siret: null,
  siren: null,
  rna: null,
  roles: [],
  categorieFinanceur: null,
  associationPorteuseId: null,
  enregistrement: null,
});

export function evolvePartenaire(state: PartenaireState, event: PartenaireEvent): PartenaireState {
  switch (event.type) {
    case 'PartenaireEnregistre': {
      const { partenaireId, nature, nom, alias, siret, siren, rna, roles, categorieFinanceur, associationPorteuseId } = event.data;
      return {
        statut: 'enregistre',
        partenaireId,
        nature,
        nom,
        alias,
        siret,
        siren,
        rna,
        roles,
        categorieFinanceur,
        associationPorteuseId,
        enregistrement: event.data,
      };
    }
    case 'PartenaireRenomme':
      return { ...state, nom: event.data.nom, alias: state.alias.includes(event.data.ancienNom) ? state.alias : [...state.alias, event.data.ancienNom] };
    case 'AliasPartenaireAjoute':
      return { ...state, alias: [...state.alias, event.data.alias] };
    case 'IdentifiantsPartenaireRenseignes':
      return { ...state, siret: event.data.siret, siren: event.data.siren, rna: event.data.rna };
    case 'RolesPartenaireChanges':
      return { ...state, roles: event.data.roles, categorieFinanceur: event.data.categorieFinanceur };
    case 'AssociationPorteuseDesignee':
      return { ...state, associationPorteuseId: event.data.associationPorteuseId };
    default:
      return state;
  }
}
