import { Injectable } from '@nestjs/common';
import type {
  Classement,
  CommuneRef,
  FinanceurCategorie,
  FinanceurRef,
  NatureFinancement,
  OrganisationRef,
  PorteurKind,
  PorteurRef,
  QpvRef,
  Tag,
} from '@cdv/domain-programmation';
import { ApiError } from '@cdv/graphql-common';
import { ReadModelsService } from '@cdv/platform';
import {
  cadreStrategiqueProjection,
  partenairesProjection,
  qpvsProjection,
  territoireProjection,
  territoireQuery,
  type CadreStrategiqueDocument,
  type NoeudVue,
  type PartenaireDocument,
  type QpvDocument,
  type TerritoireDocument,
} from '@cdv/projections-territoire';

/** An id the client sent, and the input field it came from (named in the error when unknown). */
export interface IdDuChamp {
  field: string;
  id: string;
}

/** Référentiel natures → the porteur kinds of the programmation reports. */
const KIND_PAR_NATURE: Record<PartenaireDocument['nature'], PorteurKind> = {
  association: 'association',
  commune: 'commune',
  ccas: 'ccas',
  epci: 'epci',
  etat_service: 'etat',
  region: 'region',
  departement: 'departement',
  caf: 'caf',
  bailleur: 'bailleur',
  conseil_citoyen: 'conseil_citoyen',
  chambre_consulaire: 'chambre_consulaire',
  autre: 'autre',
};

/**
 * Labels the programmation commands carry (docs/design.md §3: events name référentiel objects by id and keep their label
 * as it was). Read from the territoire context's read models of the caller's tenant — never from the client —
 * so that a dossier cannot name a porteur, financeur or QPV that the référentiel does not know.
 */
@Injectable()
export class ReferentielProgrammation {
  constructor(private readonly readModels: ReadModelsService) {}

  async partenaires(tenantId: string, ids: readonly IdDuChamp[]): Promise<Map<string, PartenaireDocument>> {
    const wanted = [...new Set(ids.map((entry) => entry.id))];
    if (!wanted.length) return new Map();
    const readModels = await this.readModels.at(tenantId);
    const documents = await readModels.readModel<PartenaireDocument>(partenairesProjection.name).find({ _id: { $in: wanted } });
    const known = new Map(documents.map((document) => [document._id, document]));
    const unknown = ids.find((entry) => !known.has(entry.id));
    if (unknown) throw inconnu(unknown, 'partenaire');
    return known;
  }

  /** A partenaire that carries actions: a financeur-only partner (the Région, the CAF) is no porteur. */
  async porteur(tenantId: string, entry: IdDuChamp): Promise<PorteurRef> {
    const partenaire = (await this.partenaires(tenantId, [entry])).get(entry.id) as PartenaireDocument;
    if (!partenaire.roles.includes('porteur')) {
      throw new ApiError(
        'VALIDATION_FAILED',
        `${entry.field}: ${partenaire.nom} is not a porteur in the référentiel (roles: ${partenaire.roles.join(', ') || 'none'}); give it the porteur role first (changerRolesPartenaire)`,
        { field: entry.field, value: entry.id, roles: partenaire.roles },
      );
    }
    return porteurDe(partenaire);
  }

  /**
   * The classement checked against the tenant's cadre stratégique: each node it names (pilier, orientation,
   * objectif, priorité, sous-priorité, axes transversaux) must be a node of it, and takes its label there. The
   * thématiques are the report's layers, not the cadre's, and `autres` the tenant's own dimensions: free. A workspace
   * without a cadre stratégique yet keeps the labels as given, as an import does (docs/adr/0025-business-rules-of-issue-12.md).
   */
  async classement(tenantId: string, field: string, classement: Classement): Promise<Classement> {
    const readModels = await this.readModels.at(tenantId);
    const cadres = await readModels.readModel<CadreStrategiqueDocument>(cadreStrategiqueProjection.name).find({});
    if (cadres.length === 0) return classement;
    const noeuds = new Map<string, NoeudVue>(cadres.flatMap((cadre) => cadre.noeuds.map((noeud): [string, NoeudVue] => [noeud.noeudId, noeud])));
    const duCadre = (tag: Tag, path: string): Tag => {
      const noeud = noeuds.get(tag.id);
      if (!noeud) {
        throw new ApiError('VALIDATION_FAILED', `${path}: "${tag.id}" is not a node of the cadre stratégique of this workspace`, {
          field: path,
          value: tag.id,
        });
      }
      return { id: noeud.noeudId, libelle: noeud.libelleAffiche ?? noeud.libelle };
    };
    const checked: Classement = { ...classement };
    for (const key of ['pilier', 'orientation', 'objectif', 'priorite', 'sousPriorite'] as const) {
      const tag = classement[key];
      if (tag) checked[key] = duCadre(tag, `${field}.${key}`);
    }
    if (classement.axesTransversaux)
      checked.axesTransversaux = classement.axesTransversaux.map((axe, index) => duCadre(axe, `${field}.axesTransversaux[${index}]`));
    return checked;
  }

  async organisation(tenantId: string, entry: IdDuChamp): Promise<OrganisationRef> {
    const partenaire = (await this.partenaires(tenantId, [entry])).get(entry.id) as PartenaireDocument;
    return { id: partenaire.partenaireId, nom: partenaire.nom };
  }

  async financeur(tenantId: string, entry: IdDuChamp, nature?: NatureFinancement, options: { sansMontant?: boolean } = {}): Promise<FinanceurRef> {
    const partenaire = (await this.partenaires(tenantId, [entry])).get(entry.id) as PartenaireDocument;
    return financeurDe(partenaire, entry, nature, options);
  }

  async financeurs(tenantId: string, entries: ReadonlyArray<IdDuChamp & { nature?: NatureFinancement }>): Promise<FinanceurRef[]> {
    const known = await this.partenaires(tenantId, entries);
    return entries.map((entry) => financeurDe(known.get(entry.id) as PartenaireDocument, entry, entry.nature));
  }

  /** QPV by id, or by any official code it carried (a 2015 code still finds its quartier). */
  async qpvs(tenantId: string, field: string, ids: readonly string[]): Promise<QpvRef[]> {
    if (!ids.length) return [];
    const readModels = await this.readModels.at(tenantId);
    const documents = await readModels.readModel<QpvDocument>(qpvsProjection.name).find({ $or: [{ _id: { $in: [...ids] } }, { codes: { $in: [...ids] } }] });
    return ids.map((id, index) => {
      const qpv = documents.find((document) => document._id === id) ?? documents.find((document) => document.codes.includes(id));
      if (!qpv) throw inconnu({ field: `${field}[${index}]`, id }, 'QPV');
      return { id: qpv.qpvId, ...(qpv.code ? { code: qpv.code } : {}), nom: qpv.nom };
    });
  }

  /** Communes of the territory by INSEE code, with their names as the référentiel knows them. */
  async communes(tenantId: string, field: string, codes: readonly string[]): Promise<CommuneRef[]> {
    if (!codes.length) return [];
    const readModels = await this.readModels.at(tenantId);
    const { filter } = territoireQuery(tenantId);
    const territoire = await readModels.readModel<TerritoireDocument>(territoireProjection.name).findOne(filter);
    return codes.map((code, index) => {
      const commune = territoire?.communes.find((candidate) => candidate.codeInsee === code);
      if (!commune) {
        throw new ApiError('VALIDATION_FAILED', `${field}[${index}]: commune ${code} is not a commune of the territory`, {
          field: `${field}[${index}]`,
          value: code,
        });
      }
      return { insee: code, nom: commune.nom };
    });
  }
}

export function porteurDe(partenaire: PartenaireDocument): PorteurRef {
  return { id: partenaire.partenaireId, nom: partenaire.nom, kind: KIND_PAR_NATURE[partenaire.nature] ?? 'autre' };
}

/**
 * A financeur's report category on a line: the référentiel's category, except for the State, whose BOP 147
 * « crédits spécifiques » and its droit commun are two categories of the report (the line's nature decides).
 */
export function financeurDe(
  partenaire: PartenaireDocument,
  entry: IdDuChamp,
  nature?: NatureFinancement,
  options: { sansMontant?: boolean } = {},
): FinanceurRef {
  let categorie: FinanceurCategorie | null = partenaire.categorieFinanceur;
  if ((categorie === 'etat_credits_specifiques' || categorie === 'etat_droit_commun') && nature) {
    categorie = nature === 'credits_specifiques' ? 'etat_credits_specifiques' : 'etat_droit_commun';
  }
  if (!categorie) {
    // In-kind and technical partners carry no money: they need no report category.
    if (options.sansMontant) categorie = 'autres';
    else
      throw new ApiError('VALIDATION_FAILED', `${entry.field}: ${partenaire.nom} is not a financeur in the référentiel (no financeur category)`, {
        field: entry.field,
        value: entry.id,
      });
  }
  return { id: partenaire.partenaireId, nom: partenaire.nom, categorie };
}

function inconnu(entry: IdDuChamp, what: string): ApiError {
  return new ApiError('VALIDATION_FAILED', `${entry.field}: no ${what} "${entry.id}" in the référentiel of this workspace`, {
    field: entry.field,
    value: entry.id,
  });
}
