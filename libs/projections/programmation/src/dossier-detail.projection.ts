import type { Actor, Cents, EventSource, Projection, RecordedEvent } from '@cdv/eventsourcing';
import {
  DOSSIER_EVENT_TYPES,
  type Beneficiaires,
  type Classement,
  type EtapeCorrigeable,
  type Reliquat,
  type TypeVersement,
  type ValeurAvis,
} from '@cdv/domain-programmation';
import { domainEvent, dossierIdsOf, evolveDossierListe, type DossierListDocument } from './dossier-list.projection';

/** One line of the dossier's history: enough for a timeline and to open the event with its diff. */
export interface HistoriqueEntree {
  revision: number;
  position: number;
  eventId: string;
  type: string;
  recordedAt: string;
  effectiveAt: string | null;
  actor: Actor;
  reason: string | null;
  source: EventSource;
  causationId: string | null;
}

export interface AvisDocument {
  auteurId: string;
  auteurNom: string;
  avis: ValeurAvis;
  commentaire: string;
  ligneId: string | null;
  precedent: ValeurAvis | null;
  emisLe: string;
}

export interface VersementDocument {
  versementId: string;
  ligneId: string;
  type: TypeVersement;
  montant: Cents;
  date: string;
  totalVerse: Cents;
  enregistreLe: string;
}

export interface CorrectionDocument {
  ligneId: string;
  etape: EtapeCorrigeable;
  avant: Cents;
  apres: Cents;
  reason: string | null;
  par: Actor;
  corrigeLe: string;
}

export interface DecisionDocument {
  type: 'DossierRetenu' | 'DossierNonRetenu' | 'DossierAjourne' | 'DossierAbandonne';
  comiteId: string | null;
  motif: string | null;
  anneeReport: number | null;
  /** Business date of the decision (the comité's date), else its recording time. */
  le: string;
}

export interface IndicateurDocument {
  indicateurId: string;
  libelle: string;
  valeur: number;
  unite: string | null;
  renseigneLe: string;
}

/** Everything a dossier screen shows, with history-friendly fields for the audit trail. */
export interface DossierDetailDocument extends DossierListDocument {
  publics: string[];
  classement: Classement;
  depensesEligibles: Cents | null;
  dateDebut: string;
  dateFin: string;
  referenceExterne: string | null;
  origine: { dossierId: string; annee: number } | null;
  avis: AvisDocument[];
  versements: VersementDocument[];
  corrections: CorrectionDocument[];
  decisions: DecisionDocument[];
  convention: { conventionId: string; typeConvention: string; numeroEngagementJuridique: string | null } | null;
  actionDemarreeLe: string | null;
  bilan: { coutRealise: Cents; beneficiaires: Beneficiaires; recit: string; deposeLe: string } | null;
  indicateurs: IndicateurDocument[];
  solde: { totaux: { vote: Cents; engage: Cents; verse: Cents; justifie: Cents }; le: string; reliquats: Reliquat[] } | null;
  /** Recorded with the solde (ReliquatsConstates): money voted not engaged, engaged not paid. */
  reliquats: Reliquat[];
  revision: number;
  creeLe: string;
  historique: HistoriqueEntree[];
}

export function evolveDossierDetail(document: DossierDetailDocument | null, event: RecordedEvent): DossierDetailDocument | null {
  const liste = evolveDossierListe(document, event);
  if (!liste) return null;
  const domain = domainEvent(event);
  const { metadata } = event;
  const le = metadata.effectiveAt ?? metadata.recordedAt;
  const base: DossierDetailDocument =
    domain.type === 'DossierDepose'
      ? {
          ...liste,
          publics: domain.data.publics,
          classement: domain.data.classement,
          depensesEligibles: domain.data.depensesEligibles ?? null,
          dateDebut: domain.data.dateDebut,
          dateFin: domain.data.dateFin,
          referenceExterne: domain.data.referenceExterne ?? null,
          origine: domain.data.origine ?? null,
          avis: [],
          versements: [],
          corrections: [],
          decisions: [],
          convention: null,
          actionDemarreeLe: null,
          bilan: null,
          indicateurs: [],
          solde: null,
          reliquats: [],
          revision: event.revision,
          creeLe: metadata.recordedAt,
          historique: [],
        }
      : { ...(document as DossierDetailDocument), ...liste };
  const next: DossierDetailDocument = {
    ...base,
    revision: event.revision,
    historique: [
      ...base.historique,
      {
        revision: event.revision,
        position: event.position,
        eventId: event.id,
        type: event.type,
        recordedAt: metadata.recordedAt,
        effectiveAt: metadata.effectiveAt ?? null,
        actor: metadata.actor,
        reason: metadata.reason ?? null,
        source: metadata.source,
        causationId: metadata.causationId ?? null,
      },
    ],
  };
  switch (domain.type) {
    case 'DossierModifie': {
      const c = domain.data.changes;
      return {
        ...next,
        ...(c.publics ? { publics: c.publics.after ?? [] } : {}),
        ...(c.classement ? { classement: c.classement.after ?? {} } : {}),
        ...(c.depensesEligibles ? { depensesEligibles: c.depensesEligibles.after ?? null } : {}),
        ...(c.dateDebut ? { dateDebut: c.dateDebut.after ?? next.dateDebut } : {}),
        ...(c.dateFin ? { dateFin: c.dateFin.after ?? next.dateFin } : {}),
      };
    }
    case 'AvisEmis': {
      const d = domain.data;
      return {
        ...next,
        avis: [
          ...next.avis,
          {
            auteurId: d.auteur.id,
            auteurNom: d.auteur.nom,
            avis: d.avis,
            commentaire: d.commentaire,
            ligneId: d.ligneId ?? null,
            precedent: d.precedent,
            emisLe: le,
          },
        ],
      };
    }
    case 'VersementEffectue': {
      const d = domain.data;
      return {
        ...next,
        versements: [
          ...next.versements,
          {
            versementId: d.versementId,
            ligneId: d.ligneId,
            type: d.type,
            montant: d.montant,
            date: d.date,
            totalVerse: d.totalVerse,
            enregistreLe: metadata.recordedAt,
          },
        ],
      };
    }
    case 'MontantCorrige': {
      const d = domain.data;
      return {
        ...next,
        corrections: [
          ...next.corrections,
          {
            ligneId: d.ligneId,
            etape: d.etape,
            avant: d.avant,
            apres: d.apres,
            reason: metadata.reason ?? null,
            par: metadata.actor,
            corrigeLe: metadata.recordedAt,
          },
        ],
      };
    }
    case 'DossierRetenu':
    case 'DossierNonRetenu':
    case 'DossierAjourne':
    case 'DossierAbandonne': {
      const d = domain.data as { comiteId?: string; motif?: string; anneeReport?: number };
      return {
        ...next,
        decisions: [...next.decisions, { type: domain.type, comiteId: d.comiteId ?? null, motif: d.motif ?? null, anneeReport: d.anneeReport ?? null, le }],
      };
    }
    case 'DossierConventionne':
      return {
        ...next,
        convention: {
          conventionId: domain.data.conventionId,
          typeConvention: domain.data.typeConvention,
          numeroEngagementJuridique: domain.data.numeroEngagementJuridique ?? null,
        },
      };
    case 'ActionDemarree':
      return { ...next, actionDemarreeLe: domain.data.dateDebut };
    case 'BilanDepose':
      return { ...next, bilan: { coutRealise: domain.data.coutRealise, beneficiaires: domain.data.beneficiaires, recit: domain.data.recit, deposeLe: le } };
    case 'IndicateurRenseigne': {
      const d = domain.data;
      const valeur: IndicateurDocument = { indicateurId: d.indicateurId, libelle: d.libelle, valeur: d.valeur, unite: d.unite ?? null, renseigneLe: le };
      return { ...next, indicateurs: [...next.indicateurs.filter((i) => i.indicateurId !== d.indicateurId), valeur] };
    }
    case 'ReliquatsConstates':
      return { ...next, reliquats: domain.data.lignes };
    case 'DossierSolde':
      return { ...next, solde: { totaux: domain.data.totaux, le, reliquats: next.reliquats ?? [] } };
    default:
      return next;
  }
}

export const dossierDetailProjection: Projection<DossierDetailDocument> = {
  name: 'dossier_details',
  // 2: the list fields it shares gained referenceExterne in the text filter (issue 12 §13)
  version: 2,
  eventTypes: DOSSIER_EVENT_TYPES,
  documentIds: dossierIdsOf,
  evolve: evolveDossierDetail,
  indexes: [{ keys: { 'porteur.id': 1 } }],
};
