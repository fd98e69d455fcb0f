import type { Projection, ReadDocument, RecordedEvent } from '@cdv/eventsourcing';
import type { CategorieFinanceur, CommuneRef, NaturePartenaire, PartenaireEnregistre, RolePartenaire } from '@cdv/domain-territoire';
import { evenement } from './shared/events';
import { ajouterSansDoublon, clesRecherche } from './shared/recherche';

export interface PartenaireDocument extends ReadDocument {
  partenaireId: string;
  tenantId: string;
  nature: NaturePartenaire;
  nom: string;
  /** Aliases and former names. */
  alias: string[];
  nomsRecherche: string[];
  siret: string | null;
  /** The SIREN given, or the first 9 digits of the SIRET. */
  siren: string | null;
  rna: string | null;
  roles: RolePartenaire[];
  categorieFinanceur: CategorieFinanceur | null;
  communes: CommuneRef[];
  /** For a conseil citoyen. The conseils carried by an association are found with partenairesQuery({ associationPorteuseId }). */
  associationPorteuseId: string | null;
}

function avecRecherche(document: PartenaireDocument): PartenaireDocument {
  return { ...document, nomsRecherche: clesRecherche(document.nom, ...document.alias), siren: document.siren ?? document.siret?.slice(0, 9) ?? null };
}

function enregistrer(recorded: RecordedEvent<PartenaireEnregistre>): PartenaireDocument {
  const d = recorded.data;
  return avecRecherche({
    _id: d.partenaireId,
    partenaireId: d.partenaireId,
    tenantId: recorded.metadata.tenantId,
    nature: d.nature,
    nom: d.nom,
    alias: d.alias,
    nomsRecherche: [],
    siret: d.siret,
    siren: d.siren,
    rna: d.rna,
    roles: d.roles,
    categorieFinanceur: d.categorieFinanceur,
    communes: d.communes,
    associationPorteuseId: d.associationPorteuseId,
  });
}

function evolvePartenaire(document: PartenaireDocument, recorded: RecordedEvent): PartenaireDocument {
  const event = evenement(recorded);
  switch (event.type) {
    case 'PartenaireRenomme':
      return { ...document, nom: event.data.nom, alias: ajouterSansDoublon(document.alias, event.data.ancienNom) };
    case 'AliasPartenaireAjoute':
      return { ...document, alias: ajouterSansDoublon(document.alias, event.data.alias) };
    case 'IdentifiantsPartenaireRenseignes':
      return { ...document, siret: event.data.siret, siren: event.data.siren, rna: event.data.rna };
    case 'RolesPartenaireChanges':
      return { ...document, roles: event.data.roles, categorieFinanceur: event.data.categorieFinanceur };
    case 'AssociationPorteuseDesignee':
      return { ...document, associationPorteuseId: event.data.associationPorteuseId };
    default:
      return document;
  }
}

/** One document per partner, searchable by name, alias or identifier. */
export const partenairesProjection: Projection<PartenaireDocument> = {
  name: 'partenaires',
  version: 1,
  eventTypes: [
    'PartenaireEnregistre',
    'PartenaireRenomme',
    'AliasPartenaireAjoute',
    'IdentifiantsPartenaireRenseignes',
    'RolesPartenaireChanges',
    'AssociationPorteuseDesignee',
  ],
  documentIds: (event) => [(event.data as { partenaireId: string }).partenaireId],
  evolve(document, event) {
    if (event.type === 'PartenaireEnregistre') return document ?? enregistrer(event as RecordedEvent<PartenaireEnregistre>);
    return document ? avecRecherche(evolvePartenaire(document, event)) : null;
  },
  indexes: [{ keys: { nomsRecherche: 1 } }, { keys: { siret: 1 } }, { keys: { roles: 1, categorieFinanceur: 1 } }],
};
