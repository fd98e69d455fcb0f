import DataLoader from 'dataloader';
import type { Actor } from '@cdv/eventsourcing';
import {
  dossierDetailFilter,
  dossierDetailProjection,
  dossierListProjection,
  PORTEUR_DETAIL_PROJECTION,
  porteurDossierDetailFilter,
  type DossierDetailDocument,
  type DossierListDocument,
  type LigneDocument,
} from '@cdv/projections-programmation';
import type { ModelesLus } from '../shared/read-models';
import type { ActeurProgrammation, Dossier, LigneFinancement } from './dossier.types';

/** Where a Dossier node was read: its read point and whose view it is; field resolvers read through it. */
export const LECTURE = Symbol('lecture-dossiers');
export type DossierSource = Dossier & { [LECTURE]: LectureDossiers };

/**
 * One reading of the dossiers for a request: the read models at the asked point (now or as-of), the porteur whose
 * view it is (null for staff, instructeurs, auditors), and DataLoaders that batch the detail lookups of every
 * node of a page (avis, versements… live in `dossier_details`) into one query.
 */
export class LectureDossiers {
  private readonly details: DataLoader<string, DossierDetailDocument | null>;
  private readonly listes: DataLoader<string, DossierListDocument | null>;

  constructor(
    readonly readModels: ModelesLus,
    /** Set for a porteur: only its organisation's dossiers, without the instruction's internal content. */
    readonly porteurId: string | null,
    /** False when read as of a past point: nothing can be sent from there. */
    readonly enDirect = true,
  ) {
    this.details = new DataLoader((ids) =>
      this.charger<DossierDetailDocument>(dossierDetailProjection.name, ids, this.porteurId ? PORTEUR_DETAIL_PROJECTION : undefined),
    );
    this.listes = new DataLoader((ids) => this.charger<DossierListDocument>(dossierListProjection.name, ids));
  }

  /** A porteur asking for a dossier of someone else gets null, exactly as for a dossier that does not exist. */
  async detailUnique(dossierId: string): Promise<DossierDetailDocument | null> {
    const collection = this.readModels.readModel<DossierDetailDocument>(dossierDetailProjection.name);
    const document = this.porteurId
      ? await collection.findOne(porteurDossierDetailFilter(this.porteurId, dossierId), { projection: { ...PORTEUR_DETAIL_PROJECTION } })
      : await collection.findOne(dossierDetailFilter(dossierId));
    if (document) this.details.prime(dossierId, document);
    return document;
  }

  detail(dossierId: string): Promise<DossierDetailDocument | null> {
    return this.details.load(dossierId);
  }

  async dossier(dossierId: string): Promise<DossierSource | null> {
    const document = await this.listes.load(dossierId);
    return document ? this.versNoeud(document) : null;
  }

  versNoeud(document: DossierListDocument): DossierSource {
    return { ...toDossier(document, this.porteurId !== null), [LECTURE]: this };
  }

  private async charger<D extends DossierListDocument>(
    collection: string,
    ids: readonly string[],
    projection?: Record<string, 0 | 1>,
  ): Promise<Array<D | null>> {
    const filter = this.porteurId ? { _id: { $in: [...ids] }, 'porteur.id': this.porteurId } : { _id: { $in: [...ids] } };
    const documents = await this.readModels.readModel<D>(collection).find(filter, projection ? { projection: { ...projection } } : {});
    const byId = new Map(documents.map((document) => [document._id, document]));
    return ids.map((id) => byId.get(id) ?? null);
  }
}

export function toDossier(document: DossierListDocument, vuePorteur: boolean): Dossier {
  return {
    id: document.dossierId,
    annee: document.annee,
    titre: document.titre,
    description: document.description,
    statut: document.statut,
    decision: document.decision,
    porteur: document.porteur,
    coutTotal: document.coutTotal,
    nombreActions: document.nombreActions,
    pilier: document.pilier,
    orientation: document.orientation,
    objectif: document.objectif,
    priorite: document.priorite,
    sousPriorite: document.sousPriorite,
    thematique: document.thematique,
    thematiqueCget: document.thematiqueCget,
    axesTransversaux: document.axesTransversaux,
    intercommunal: document.intercommunal,
    communes: document.communes.map((commune) => ({ codeInsee: commune.insee, insee: commune.insee, nom: commune.nom })),
    qpv: document.qpv,
    lignes: document.lignes.map((ligne) => toLigne(ligne, vuePorteur)),
    totaux: document.totaux,
    totauxCreditsSpecifiques: document.totauxParNature.credits_specifiques,
    totauxDroitCommun: document.totauxParNature.droit_commun,
    serie: { id: document.serieId, rang: document.serieRang },
    conventionId: document.conventionId,
    depotTardif: document.depotTardif,
    deposeLe: document.deposeLe,
    modifieLe: document.modifieLe,
    champsSynthetiques: document.champsSynthetiques,
  };
}

export function toLigne(ligne: LigneDocument, vuePorteur: boolean): LigneFinancement {
  return {
    id: ligne.ligneId,
    financeurId: ligne.financeurId,
    financeurNom: ligne.financeurNom,
    categorie: ligne.categorie,
    nature: ligne.nature,
    modalite: ligne.modalite,
    dispositif: ligne.dispositif,
    statut: ligne.statut,
    demande: ligne.demande,
    propose: ligne.propose,
    vote: ligne.vote,
    engage: ligne.engage,
    verse: ligne.verse,
    justifie: ligne.justifie,
    synthetique: ligne.synthetique,
    // Rule warnings are the instruction's internal notes (porteur.queries.ts hides them from the porteur too).
    avertissements: vuePorteur ? [] : ligne.avertissements,
    numeroEngagementJuridique: ligne.numeroEngagementJuridique,
    conventionId: ligne.conventionId,
  };
}

export function toActeur(actor: Actor | undefined | null): ActeurProgrammation | null {
  return actor ? { userId: actor.userId, role: actor.role, organisationId: actor.organisationId ?? null } : null;
}
