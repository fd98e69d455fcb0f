import {
  CATEGORIES_QUARTIER,
  NATURES_PARTENAIRE,
  ROLES_PARTENAIRE,
  type CategorieQuartier,
  type NaturePartenaire,
  type RolePartenaire,
} from '@cdv/domain-territoire';
import { choisirColonnes, type Colonne, type DefinitionExport } from '@cdv/exports';
import { ApiError } from '@cdv/graphql-common';
import type { NatureFinancement } from '@cdv/domain-programmation';
import { appelProjection, type AppelDocument } from '@cdv/projections-programmation';
import {
  cadreStrategiqueProjection,
  cadreStrategiqueQuery,
  engagementsProjection,
  engagementsQuery,
  partenairesProjection,
  partenairesQuery,
  qpvsProjection,
  qpvsQuery,
  territoireProjection,
  territoireQuery,
  type CadreStrategiqueDocument,
  type CibleVue,
  type CommuneDuTerritoireVue,
  type EngagementDocument,
  type NoeudVue,
  type PartenaireDocument,
  type QpvDocument,
  type TerritoireDocument,
} from '@cdv/projections-territoire';
import { READERS } from '@cdv/tenancy';
import { libelle, LIBELLES_CATEGORIE, LIBELLES_NATURE } from './libelles';

// The lists of the web application's « Référentiel » (docs/exports.md): each mirrors the GraphQL query of its screen,
// with the same roles (every reader of the workspace) and filters. The programmation service holds the territoire's
// read models too (its commands name partenaires, QPV and communes), so it serves them beside the programmation's.

const LIBELLES_ROLE: Record<RolePartenaire, string> = { financeur: 'Financeur', porteur: 'Porteur', signataire: 'Signataire' };
const LIBELLES_QUARTIER: Record<CategorieQuartier, string> = {
  qpv: 'Quartier prioritaire (QPV)',
  quartier_veille_active: 'Quartier de veille active',
  quartier_interet_communautaire: 'Quartier d’intérêt communautaire',
};
const LIBELLES_STATUT_QPV: Record<QpvDocument['statut'], string> = { actif: 'Actif', remplace: 'Remplacé', retire: 'Retiré' };

export const COLONNES_PARTENAIRE: Array<Colonne<PartenaireDocument>> = [
  { id: 'id', libelle: 'Identifiant', type: 'texte', parDefaut: true, valeur: (p) => p.partenaireId },
  { id: 'nom', libelle: 'Nom', type: 'texte', parDefaut: true, valeur: (p) => p.nom },
  { id: 'nature', libelle: 'Nature', type: 'texte', parDefaut: true, valeur: (p) => p.nature },
  { id: 'roles', libelle: 'Rôles', type: 'liste', parDefaut: true, valeur: (p) => p.roles.map((role) => LIBELLES_ROLE[role]) },
  {
    id: 'categorieFinanceur',
    libelle: 'Catégorie de financeur',
    type: 'texte',
    parDefaut: true,
    valeur: (p) => libelle(LIBELLES_CATEGORIE, p.categorieFinanceur),
  },
  { id: 'siret', libelle: 'SIRET', type: 'texte', parDefaut: true, valeur: (p) => p.siret },
  { id: 'siren', libelle: 'SIREN', type: 'texte', valeur: (p) => p.siren },
  { id: 'rna', libelle: 'RNA', type: 'texte', parDefaut: true, valeur: (p) => p.rna },
  { id: 'alias', libelle: 'Autres noms', type: 'liste', parDefaut: true, valeur: (p) => p.alias },
  { id: 'communes', libelle: 'Communes', type: 'liste', valeur: (p) => p.communes.map((commune) => commune.nom) },
  { id: 'associationPorteuseId', libelle: 'Association porteuse', type: 'texte', valeur: (p) => p.associationPorteuseId },
];

export const COLONNES_QUARTIER: Array<Colonne<QpvDocument>> = [
  { id: 'id', libelle: 'Identifiant', type: 'texte', parDefaut: true, valeur: (q) => q.qpvId },
  { id: 'code', libelle: 'Code', type: 'texte', parDefaut: true, valeur: (q) => q.code },
  { id: 'codes', libelle: 'Codes portés', type: 'liste', valeur: (q) => q.codes },
  { id: 'nom', libelle: 'Nom', type: 'texte', parDefaut: true, valeur: (q) => q.nom },
  { id: 'categorie', libelle: 'Catégorie', type: 'texte', parDefaut: true, valeur: (q) => LIBELLES_QUARTIER[q.categorie] },
  { id: 'generation', libelle: 'Génération', type: 'entier', parDefaut: true, valeur: (q) => q.generation },
  { id: 'statut', libelle: 'Statut', type: 'texte', parDefaut: true, valeur: (q) => LIBELLES_STATUT_QPV[q.statut] },
  { id: 'communes', libelle: 'Communes', type: 'liste', parDefaut: true, valeur: (q) => q.communes.map((commune) => commune.nom) },
  { id: 'codesInsee', libelle: 'Codes INSEE', type: 'liste', valeur: (q) => q.communes.flatMap((commune) => (commune.codeInsee ? [commune.codeInsee] : [])) },
  { id: 'alias', libelle: 'Autres noms', type: 'liste', valeur: (q) => q.alias },
  { id: 'validiteDu', libelle: 'Valide depuis le', type: 'date', parDefaut: true, valeur: (q) => q.validite.du },
  { id: 'validiteAu', libelle: 'Valide jusqu’au', type: 'date', valeur: (q) => q.validite.au },
];

export const COLONNES_COMMUNE: Array<Colonne<CommuneDuTerritoireVue>> = [
  { id: 'nom', libelle: 'Commune', type: 'texte', parDefaut: true, valeur: (c) => c.nom },
  { id: 'codeInsee', libelle: 'Code INSEE', type: 'texte', parDefaut: true, valeur: (c) => c.codeInsee },
  { id: 'alias', libelle: 'Autres graphies', type: 'liste', parDefaut: true, valeur: (c) => c.alias },
  { id: 'quartiers', libelle: 'Quartiers', type: 'entier', parDefaut: true, valeur: (c) => c.quartiers.length },
  { id: 'rattachee', libelle: 'Rattachée', type: 'booleen', valeur: (c) => c.rattachee },
  { id: 'depuis', libelle: 'Depuis', type: 'texte', valeur: (c) => c.depuis },
];

type NoeudDuCadre = NoeudVue & { parent: NoeudVue | null };
export const COLONNES_NOEUD: Array<Colonne<NoeudDuCadre>> = [
  { id: 'dimension', libelle: 'Dimension', type: 'texte', parDefaut: true, valeur: (n) => n.dimension },
  { id: 'niveau', libelle: 'Niveau', type: 'texte', parDefaut: true, valeur: (n) => n.niveauLibelle },
  { id: 'code', libelle: 'Code', type: 'texte', parDefaut: true, valeur: (n) => n.code },
  { id: 'libelle', libelle: 'Libellé', type: 'texte', parDefaut: true, valeur: (n) => n.libelleAffiche ?? n.libelle },
  { id: 'libelleSource', libelle: 'Libellé de la source', type: 'texte', valeur: (n) => n.libelle },
  { id: 'parent', libelle: 'Élément parent', type: 'texte', parDefaut: true, valeur: (n) => (n.parent ? (n.parent.libelleAffiche ?? n.parent.libelle) : null) },
  { id: 'id', libelle: 'Identifiant', type: 'texte', valeur: (n) => n.noeudId },
];

export const COLONNES_ENGAGEMENT: Array<Colonne<EngagementDocument>> = [
  { id: 'id', libelle: 'Identifiant', type: 'texte', valeur: (e) => e.engagementId },
  { id: 'objectif', libelle: 'Objectif', type: 'texte', parDefaut: true, valeur: (e) => e.objectif },
  { id: 'priorite', libelle: 'Priorité', type: 'texte', parDefaut: true, valeur: (e) => e.priorite },
  { id: 'responsables', libelle: 'Responsables', type: 'liste', parDefaut: true, valeur: (e) => e.responsables.map((responsable) => responsable.libelle) },
  { id: 'moyens', libelle: 'Moyens', type: 'texte', valeur: (e) => e.moyens },
  { id: 'echeance', libelle: 'Échéance', type: 'texte', parDefaut: true, valeur: (e) => e.echeance },
  { id: 'statut', libelle: 'Statut', type: 'texte', parDefaut: true, valeur: (e) => e.statut },
];

type CibleDEngagement = CibleVue & { engagement: EngagementDocument };
export const COLONNES_CIBLE: Array<Colonne<CibleDEngagement>> = [
  { id: 'engagement', libelle: 'Engagement', type: 'texte', parDefaut: true, valeur: (c) => c.engagement.objectif },
  { id: 'indicateurId', libelle: 'Indicateur', type: 'texte', parDefaut: true, valeur: (c) => c.indicateurId },
  { id: 'annee', libelle: 'Année', type: 'entier', parDefaut: true, valeur: (c) => c.annee },
  { id: 'periode', libelle: 'Période', type: 'texte', valeur: (c) => c.periode },
  { id: 'ventilation', libelle: 'Ventilation', type: 'texte', parDefaut: true, valeur: (c) => c.ventilation },
  { id: 'qualificatif', libelle: 'Qualificatif', type: 'texte', valeur: (c) => c.qualificatif },
  { id: 'cible', libelle: 'Cible', type: 'texte', parDefaut: true, valeur: (c) => texteCible(c.cible) },
];

function texteCible(cible: CibleVue['cible']): string {
  if (cible.type === 'valeur') return cible.valeur ?? '';
  if (cible.type === 'intervalle') return `${cible.min ?? '…'} à ${cible.max ?? '…'}`;
  if (cible.type === 'texte') return cible.texte ?? '';
  return 'à définir';
}

type EnveloppeDAppel = AppelDocument['enveloppes'][number] & { annee: number };
type ComiteDAppel = AppelDocument['comites'][number] & { annee: number };
export const COLONNES_APPEL: Array<Colonne<AppelDocument>> = [
  { id: 'annee', libelle: 'Année', type: 'entier', parDefaut: true, valeur: (a) => a.annee },
  { id: 'titre', libelle: 'Titre', type: 'texte', parDefaut: true, valeur: (a) => a.titre },
  { id: 'statut', libelle: 'Statut', type: 'texte', parDefaut: true, valeur: (a) => a.statut },
  { id: 'ouvertureLe', libelle: 'Ouverture des dépôts', type: 'date', parDefaut: true, valeur: (a) => a.ouvertureLe },
  { id: 'clotureLe', libelle: 'Clôture des dépôts', type: 'date', parDefaut: true, valeur: (a) => a.clotureLe },
  {
    id: 'enveloppes',
    libelle: 'Total des enveloppes (€)',
    type: 'montant',
    parDefaut: true,
    valeur: (a) => a.enveloppes.reduce((somme, e) => somme + e.montant, 0),
  },
  { id: 'comites', libelle: 'Comités au calendrier', type: 'entier', parDefaut: true, valeur: (a) => a.comites.length },
];
export const COLONNES_ENVELOPPE: Array<Colonne<EnveloppeDAppel>> = [
  { id: 'annee', libelle: 'Année', type: 'entier', parDefaut: true, valeur: (e) => e.annee },
  { id: 'financeurId', libelle: 'Financeur (identifiant)', type: 'texte', valeur: (e) => e.financeurId },
  { id: 'financeur', libelle: 'Financeur', type: 'texte', parDefaut: true, valeur: (e) => e.financeurNom },
  { id: 'categorie', libelle: 'Catégorie de financeur', type: 'texte', valeur: (e) => libelle(LIBELLES_CATEGORIE, e.categorie) },
  {
    id: 'nature',
    libelle: 'Nature',
    type: 'texte',
    parDefaut: true,
    valeur: (e) => libelle(LIBELLES_NATURE, e.nature as NatureFinancement | null) ?? 'Toutes natures',
  },
  { id: 'montant', libelle: 'Montant (€)', type: 'montant', parDefaut: true, valeur: (e) => e.montant },
];
export const COLONNES_COMITE_PREVU: Array<Colonne<ComiteDAppel>> = [
  { id: 'annee', libelle: 'Année', type: 'entier', parDefaut: true, valeur: (c) => c.annee },
  { id: 'date', libelle: 'Date', type: 'date', parDefaut: true, valeur: (c) => c.date },
  { id: 'libelle', libelle: 'Comité', type: 'texte', parDefaut: true, valeur: (c) => c.libelle },
  { id: 'comiteId', libelle: 'Identifiant', type: 'texte', valeur: (c) => c.comiteId },
];

/** `partenaires(search, filter: { role, nature })`: the organisations of the territory, by name. */
export const EXPORT_PARTENAIRES: DefinitionExport<{ texte?: string; role?: RolePartenaire; nature?: NaturePartenaire }> = {
  nom: 'partenaires',
  titre: 'Partenaires',
  description: 'One row per organisation of the territory (the `partenaires` query), by name.',
  miroir: 'partenaires(search, filter: { role, nature }, asOf)',
  roles: READERS,
  parametres: [
    { nom: 'search', description: 'A name or alias (contains, accents and case ignored), or a SIRET / SIREN / RNA.' },
    { nom: 'role', description: 'Role.', valeurs: ROLES_PARTENAIRE },
    { nom: 'nature', description: 'Kind of organisation.', valeurs: NATURES_PARTENAIRE },
  ],
  catalogues: { partenaires: COLONNES_PARTENAIRE as never },
  lire: (requete) => {
    const texte = requete.texte('search');
    const role = requete.choix('role', ROLES_PARTENAIRE);
    const nature = requete.choix('nature', NATURES_PARTENAIRE);
    return { ...(texte ? { texte } : {}), ...(role ? { role } : {}), ...(nature ? { nature } : {}) };
  },
  async preparer(filtre, contexte, colonnes) {
    const { filter, sort } = partenairesQuery(filtre);
    const lignes = contexte.readModels.readModel<PartenaireDocument>(partenairesProjection.name).stream(filter, { ...(sort ? { sort } : {}), readOnly: true });
    return {
      tableaux: [{ nom: 'Partenaires', colonnes: choisirColonnes(COLONNES_PARTENAIRE, colonnes), lignes }],
      nomFichier: 'partenaires',
      parametres: Object.entries(filtre).map(([nom, valeur]) => [nom, String(valeur)]),
    };
  },
};

/** `qpvs(filter: { generation, categorie, statut })`: the quartiers of every generation. */
export const EXPORT_QUARTIERS: DefinitionExport<{ generation?: 2015 | 2024; categorie?: CategorieQuartier; statut?: QpvDocument['statut'] }> = {
  nom: 'quartiers',
  titre: 'Quartiers',
  description: 'One row per quartier (QPV, veille active, intérêt communautaire) of every generation (the `qpvs` query).',
  miroir: 'qpvs(filter: { generation, categorie, statut }, asOf)',
  roles: READERS,
  parametres: [
    { nom: 'generation', description: 'Geography generation.', valeurs: ['2015', '2024'] },
    { nom: 'categorie', description: 'Category.', valeurs: CATEGORIES_QUARTIER },
    { nom: 'statut', description: 'Status.', valeurs: ['actif', 'remplace', 'retire'] },
  ],
  catalogues: { quartiers: COLONNES_QUARTIER as never },
  lire: (requete) => {
    const generation = requete.choix('generation', ['2015', '2024'] as const);
    const categorie = requete.choix('categorie', CATEGORIES_QUARTIER);
    const statut = requete.choix('statut', ['actif', 'remplace', 'retire'] as const);
    return { ...(generation ? { generation: Number(generation) as 2015 | 2024 } : {}), ...(categorie ? { categorie } : {}), ...(statut ? { statut } : {}) };
  },
  async preparer(filtre, contexte, colonnes) {
    const { filter, sort } = qpvsQuery(filtre);
    const lignes = contexte.readModels.readModel<QpvDocument>(qpvsProjection.name).stream(filter, { ...(sort ? { sort } : {}), readOnly: true });
    return {
      tableaux: [{ nom: 'Quartiers', colonnes: choisirColonnes(COLONNES_QUARTIER, colonnes), lignes }],
      nomFichier: `quartiers${filtre.generation ? `-${filtre.generation}` : ''}`,
      parametres: Object.entries(filtre).map(([nom, valeur]) => [nom, String(valeur)]),
    };
  },
};

/** `territoire { communes }`: the communes attached to the territory. */
export const EXPORT_COMMUNES: DefinitionExport<Record<string, never>> = {
  nom: 'communes',
  titre: 'Communes du territoire',
  description: 'One row per commune attached to the territory (`territoire { communes }`), with its quartiers.',
  miroir: 'territoire(asOf) { communes }',
  roles: READERS,
  parametres: [],
  catalogues: { communes: COLONNES_COMMUNE as never },
  lire: () => ({}),
  async preparer(_filtre, contexte, colonnes) {
    const document = await contexte.readModels.readModel<TerritoireDocument>(territoireProjection.name).findOne(territoireQuery(contexte.tenantId).filter);
    const communes = (document?.ouvert ? document.communes : []).filter((commune) => commune.rattachee);
    return {
      tableaux: [{ nom: 'Communes', colonnes: choisirColonnes(COLONNES_COMMUNE, colonnes), lignes: communes }],
      nomFichier: 'communes',
      parametres: [],
      total: communes.length,
    };
  },
};

/** `cadreStrategique(cadreId, version) { noeuds }`: the tree, one row per node in the source's order. */
export const EXPORT_CADRE: DefinitionExport<{ cadreId?: string; version?: number }> = {
  nom: 'cadre-strategique',
  titre: 'Cadre stratégique',
  description: 'One row per node of a version of the cadre stratégique (the current one unless version= is given), in the source’s order.',
  miroir: 'cadreStrategique(cadreId, version, asOf) { noeuds }',
  roles: READERS,
  parametres: [
    { nom: 'cadreId', description: 'The cadre; may be left out when the territory has one.' },
    { nom: 'version', description: 'A version number; the current version by default.' },
  ],
  catalogues: { noeuds: COLONNES_NOEUD as never },
  lire: (requete) => {
    const cadreId = requete.identifiant('cadreId');
    const version = requete.entier('version', { min: 1, max: 1000 });
    return { ...(cadreId ? { cadreId } : {}), ...(version !== undefined ? { version } : {}) };
  },
  async preparer({ cadreId, version }, contexte, colonnes) {
    const cadres = contexte.readModels.readModel<CadreStrategiqueDocument>(cadreStrategiqueProjection.name);
    const identifiant = cadreId ?? (await cadres.find({ statut: 'courante' })).map((cadre) => cadre.cadreId).find(Boolean);
    const cadre = identifiant ? await cadres.findOne(cadreStrategiqueQuery(identifiant, version).filter) : null;
    if (!cadre)
      throw new ApiError('NOT_FOUND', `no cadre stratégique${cadreId ? ` ${cadreId}` : ''}${version ? ` in version ${version}` : ''}`, {
        what: 'CadreStrategique',
      });
    const parId = new Map(cadre.noeuds.map((noeud) => [noeud.noeudId, noeud]));
    const noeuds = [...cadre.noeuds]
      .sort((a, b) => a.dimension.localeCompare(b.dimension) || a.ordre - b.ordre)
      .map((noeud) => ({ ...noeud, parent: noeud.parentId ? (parId.get(noeud.parentId) ?? null) : null }));
    return {
      tableaux: [{ nom: 'Cadre stratégique', colonnes: choisirColonnes(COLONNES_NOEUD, colonnes), lignes: noeuds }],
      nomFichier: `cadre-strategique-v${cadre.version}`,
      parametres: [
        ['cadre', cadre.intitule],
        ['version', String(cadre.version)],
      ],
      total: noeuds.length,
    };
  },
};

/** `engagements { cibles }`: the commitments, and their indicators' targets per year (two sheets). */
export const EXPORT_ENGAGEMENTS: DefinitionExport<{ tableau?: 'engagements' | 'cibles' }> = {
  nom: 'engagements',
  titre: 'Engagements et cibles',
  description:
    'The commitments of the contract (the `engagements` query) and their indicators’ targets per year: both sheets in the XLSX, one chosen (tableau=) as CSV.',
  miroir: 'engagements(asOf) { cibles }',
  roles: READERS,
  plusieursTableaux: true,
  parametres: [{ nom: 'tableau', description: 'One table (required for CSV).', valeurs: ['engagements', 'cibles'] }],
  catalogues: { engagements: COLONNES_ENGAGEMENT as never, cibles: COLONNES_CIBLE as never },
  lire: (requete) => {
    const tableau = requete.choix('tableau', ['engagements', 'cibles'] as const);
    return tableau ? { tableau } : {};
  },
  async preparer({ tableau }, contexte, colonnes) {
    if (colonnes && !tableau) throw new ApiError('VALIDATION_FAILED', 'columns applies to one table: choose it with tableau=', { field: 'columns' });
    const { filter, sort } = engagementsQuery();
    const engagements = await contexte.readModels.readModel<EngagementDocument>(engagementsProjection.name).find(filter, sort ? { sort } : {});
    const cibles = engagements.flatMap((engagement) => engagement.cibles.map((cible) => ({ ...cible, engagement })));
    const tableaux = [
      ...(tableau !== 'cibles' ? [{ nom: 'Engagements', colonnes: choisirColonnes(COLONNES_ENGAGEMENT, colonnes), lignes: engagements }] : []),
      ...(tableau !== 'engagements' ? [{ nom: 'Cibles', colonnes: choisirColonnes(COLONNES_CIBLE, colonnes), lignes: cibles }] : []),
    ];
    return { tableaux, nomFichier: `engagements${tableau ? `-${tableau}` : ''}`, parametres: tableau ? [['tableau', tableau]] : [] };
  },
};

/** `appelsAProjets { enveloppes comites }`: the appels, their envelopes per financeur and comité calendars (three sheets). */
export const EXPORT_APPELS: DefinitionExport<{ tableau?: 'appels' | 'enveloppes' | 'comites' }> = {
  nom: 'appels',
  titre: 'Appels à projets',
  description:
    'The appels à projets (the `appelsAProjets` query), their envelopes per financeur and their comité calendars: three sheets in the XLSX, one chosen (tableau=) as CSV.',
  miroir: 'appelsAProjets(asOf) { enveloppes comites }',
  roles: READERS,
  plusieursTableaux: true,
  parametres: [{ nom: 'tableau', description: 'One table (required for CSV).', valeurs: ['appels', 'enveloppes', 'comites'] }],
  catalogues: { appels: COLONNES_APPEL as never, enveloppes: COLONNES_ENVELOPPE as never, comites: COLONNES_COMITE_PREVU as never },
  lire: (requete) => {
    const tableau = requete.choix('tableau', ['appels', 'enveloppes', 'comites'] as const);
    return tableau ? { tableau } : {};
  },
  async preparer({ tableau }, contexte, colonnes) {
    if (colonnes && !tableau) throw new ApiError('VALIDATION_FAILED', 'columns applies to one table: choose it with tableau=', { field: 'columns' });
    const appels = await contexte.readModels.readModel<AppelDocument>(appelProjection.name).find({}, { sort: { annee: -1 } });
    const choix = (nom: 'appels' | 'enveloppes' | 'comites') => !tableau || tableau === nom;
    const tableaux = [
      ...(choix('appels') ? [{ nom: 'Appels', colonnes: choisirColonnes(COLONNES_APPEL, colonnes), lignes: appels }] : []),
      ...(choix('enveloppes')
        ? [
            {
              nom: 'Enveloppes',
              colonnes: choisirColonnes(COLONNES_ENVELOPPE, colonnes),
              lignes: appels.flatMap((a) => a.enveloppes.map((e) => ({ ...e, annee: a.annee }))),
            },
          ]
        : []),
      ...(choix('comites')
        ? [
            {
              nom: 'Comités',
              colonnes: choisirColonnes(COLONNES_COMITE_PREVU, colonnes),
              lignes: appels.flatMap((a) => a.comites.map((c) => ({ ...c, annee: a.annee }))),
            },
          ]
        : []),
    ];
    return { tableaux, nomFichier: `appels${tableau ? `-${tableau}` : ''}`, parametres: tableau ? [['tableau', tableau]] : [] };
  },
};

export const EXPORTS_REFERENTIEL = [EXPORT_PARTENAIRES, EXPORT_QUARTIERS, EXPORT_COMMUNES, EXPORT_CADRE, EXPORT_ENGAGEMENTS, EXPORT_APPELS] as const;
