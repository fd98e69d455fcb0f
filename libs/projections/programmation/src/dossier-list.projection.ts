import type { Cents, Projection, ReadDocument, RecordedEvent } from '@cdv/eventsourcing';
import {
  DOSSIER_EVENT_TYPES,
  NATURES_FINANCEMENT,
  type Avertissement,
  type Classement,
  type CommuneRef,
  type DossierEvent,
  type FinanceurCategorie,
  type ModaliteFinancement,
  type MontantsParEtape,
  type NatureFinancement,
  type Perimetre,
  type PorteurRef,
  type QpvRef,
  type StatutDossier,
  type StatutLigne,
  type Tag,
} from '@cdv/domain-programmation';
import { normaliser } from './text';

export interface LigneDocument extends MontantsParEtape {
  ligneId: string;
  financeurId: string;
  financeurNom: string;
  categorie: FinanceurCategorie;
  nature: NatureFinancement;
  modalite: ModaliteFinancement;
  dispositif: Tag | null;
  statut: StatutLigne;
  /** True when a seed or an import invented the amount (provenance in the event metadata). */
  synthetique: boolean;
  avertissements: Avertissement[];
  numeroEngagementJuridique: string | null;
  conventionId: string | null;
}

/**
 * One document per dossier, flat enough for the list filters, the Relay sort keys and the summary pipelines
 * (programmation-summary.queries.ts, financeur-ledger.queries.ts run over this collection, so they work as-of).
 */
export interface DossierListDocument extends ReadDocument {
  dossierId: string;
  annee: number;
  titre: string;
  description: string;
  statut: StatutDossier;
  /** The comité's decision, kept when the dossier moves on (conventionné, abandonné…): what « retenus » counts. */
  decision: 'retenu' | 'non_retenu' | 'ajourne' | null;
  porteur: PorteurRef;
  coutTotal: Cents;
  nombreActions: number;
  pilier: Tag | null;
  orientation: Tag | null;
  objectif: Tag | null;
  priorite: Tag | null;
  sousPriorite: Tag | null;
  thematique: Tag | null;
  thematiqueCget: Tag | null;
  axesTransversaux: Tag[];
  intercommunal: boolean;
  communes: CommuneRef[];
  insee: string[];
  qpv: QpvRef[];
  qpvIds: string[];
  lignes: LigneDocument[];
  financeurIds: string[];
  totaux: MontantsParEtape;
  totauxParNature: Record<NatureFinancement, MontantsParEtape>;
  serieId: string;
  serieRang: number;
  conventionId: string | null;
  depotTardif: boolean;
  /** Business date of the deposit (effectiveAt, else recordedAt). */
  deposeLe: string;
  modifieLe: string;
  /** Normalised title: the `titre` sort key. */
  triTitre: string;
  /** Identifier in the source system (Dauphin number, the spreadsheet's « Référence du dossier »). */
  referenceExterne: string | null;
  /** Normalised title, reference, porteur, description, communes and QPV: the text filter. */
  texte: string;
  champsSynthetiques: string[];
}

const ZERO: MontantsParEtape = { demande: 0, propose: 0, vote: 0, engage: 0, verse: 0, justifie: 0 };

/** The typed domain event behind a recorded one (RecordedEvent keeps type and data apart). */
export function domainEvent(event: RecordedEvent): DossierEvent {
  return { type: event.type, data: event.data } as DossierEvent;
}

/**
 * Shared by the list and the detail read models: evolves the list fields and keeps any other field of the
 * document as it was (the detail document is a superset).
 */
export function evolveDossierListe(document: DossierListDocument | null, event: RecordedEvent): DossierListDocument | null {
  const domain = domainEvent(event);
  const at = event.metadata.recordedAt;
  if (domain.type === 'DossierDepose') {
    const d = domain.data;
    return derive({
      _id: d.dossierId,
      dossierId: d.dossierId,
      annee: d.annee,
      titre: d.titre,
      description: d.description,
      statut: 'depose',
      decision: null,
      porteur: d.porteur,
      coutTotal: d.coutTotal,
      nombreActions: d.nombreActions,
      ...classement(d.classement),
      ...perimetre(d.perimetre, d.qpv),
      lignes: [],
      financeurIds: [],
      totaux: ZERO,
      totauxParNature: { credits_specifiques: ZERO, droit_commun: ZERO },
      serieId: d.serie.id,
      serieRang: d.serie.rang,
      conventionId: null,
      depotTardif: d.depotTardif,
      referenceExterne: d.referenceExterne ?? null,
      deposeLe: event.metadata.effectiveAt ?? at,
      modifieLe: at,
      triTitre: '',
      texte: '',
      champsSynthetiques: d.synthetique ?? [],
    });
  }
  if (!document) return null;
  const doc: DossierListDocument = { ...document, modifieLe: at };
  const ligne = (ligneId: string, patch: (current: LigneDocument) => Partial<LigneDocument>) =>
    deriveLignes({ ...doc, lignes: doc.lignes.map((current) => (current.ligneId === ligneId ? { ...current, ...patch(current) } : current)) });
  switch (domain.type) {
    case 'DossierModifie': {
      const next: DossierListDocument = { ...doc };
      const changes = domain.data.changes;
      if (changes.titre) next.titre = changes.titre.after ?? next.titre;
      if (changes.description) next.description = changes.description.after ?? '';
      if (changes.coutTotal) next.coutTotal = changes.coutTotal.after ?? next.coutTotal;
      if (changes.nombreActions) next.nombreActions = changes.nombreActions.after ?? next.nombreActions;
      if (changes.classement) Object.assign(next, classement(changes.classement.after ?? {}));
      if (changes.perimetre || changes.qpv) {
        const currentPerimetre = next.intercommunal ? { type: 'intercommunal' as const } : { type: 'communes' as const, communes: next.communes };
        Object.assign(next, perimetre(changes.perimetre?.after ?? currentPerimetre, changes.qpv?.after ?? next.qpv));
      }
      return derive(next);
    }
    case 'FinancementDemande': {
      const d = domain.data;
      const nouvelle: LigneDocument = {
        ...ZERO,
        ligneId: d.ligneId,
        financeurId: d.financeur.id,
        financeurNom: d.financeur.nom,
        categorie: d.financeur.categorie,
        nature: d.nature,
        modalite: d.modalite,
        dispositif: d.dispositif ?? null,
        statut: 'demande',
        demande: d.montant,
        synthetique: Boolean(d.synthetique?.includes('montant')),
        avertissements: d.avertissements,
        numeroEngagementJuridique: null,
        conventionId: null,
      };
      return deriveLignes({ ...doc, lignes: [...doc.lignes, nouvelle] });
    }
    case 'DemandeFinancementRetiree':
      return deriveLignes({ ...doc, lignes: doc.lignes.filter((l) => l.ligneId !== domain.data.ligneId) });
    case 'FinancementPropose':
      return ligne(domain.data.ligneId, (l) => ({
        statut: 'propose',
        propose: domain.data.montant,
        avertissements: [...l.avertissements, ...domain.data.avertissements],
      }));
    case 'FinancementVote':
      return ligne(domain.data.ligneId, (l) => ({
        statut: 'vote',
        vote: domain.data.montant,
        avertissements: [...l.avertissements, ...domain.data.avertissements],
        synthetique: l.synthetique || Boolean(domain.data.synthetique?.includes('montant')),
      }));
    case 'FinancementRefuse':
      return ligne(domain.data.ligneId, () => ({ statut: 'refuse' }));
    case 'FinancementEngage':
      return ligne(domain.data.ligneId, () => ({
        statut: 'engage',
        engage: domain.data.montant,
        numeroEngagementJuridique: domain.data.numeroEngagementJuridique ?? null,
        conventionId: domain.data.conventionId ?? null,
      }));
    case 'VersementEffectue':
      return ligne(domain.data.ligneId, () => ({ statut: 'verse', verse: domain.data.totalVerse }));
    case 'FinancementJustifie':
      return ligne(domain.data.ligneId, () => ({ statut: 'justifie', justifie: domain.data.montant }));
    case 'MontantCorrige':
      return ligne(domain.data.ligneId, () => ({ [domain.data.etape]: domain.data.apres }));
    case 'DossierMisEnInstruction':
      return { ...doc, statut: 'en_instruction' };
    case 'DossierRetenu':
      return { ...doc, statut: 'retenu', decision: 'retenu' };
    case 'DossierNonRetenu':
      return { ...doc, statut: 'non_retenu', decision: 'non_retenu' };
    case 'DossierAjourne':
      return { ...doc, statut: 'ajourne', decision: 'ajourne' };
    case 'DossierAbandonne':
      return { ...doc, statut: 'abandonne' };
    case 'DossierRattacheASerie':
      return { ...doc, serieId: domain.data.serie.id, serieRang: domain.data.serie.rang };
    case 'DossierConventionne':
      return { ...doc, statut: 'conventionne', conventionId: domain.data.conventionId };
    case 'ActionDemarree':
      return { ...doc, statut: 'en_cours' };
    case 'BilanDepose':
      return { ...doc, statut: 'bilan_depose' };
    case 'DossierSolde':
      return { ...doc, statut: 'solde' };
    case 'AvisEmis':
    case 'IndicateurRenseigne':
    case 'PieceDeposee':
    case 'PieceRemplacee':
    case 'PieceRetiree':
    case 'ReliquatsConstates':
      return doc;
  }
}

/**
 * The dossier an event of DOSSIER_EVENT_TYPES is about. The pieces' events share their types with those of a
 * convention's stream, which name no dossier: those touch no dossier document.
 */
export function dossierIdsOf(event: RecordedEvent): string[] {
  const dossierId = (event.data as { dossierId?: unknown }).dossierId;
  return typeof dossierId === 'string' ? [dossierId] : [];
}

export const dossierListProjection: Projection<DossierListDocument> = {
  name: 'dossiers',
  // 2: referenceExterne, also in the text filter (issue 12 §13)
  version: 2,
  eventTypes: DOSSIER_EVENT_TYPES,
  documentIds: dossierIdsOf,
  evolve: evolveDossierListe,
  indexes: [
    { keys: { annee: 1, statut: 1 } },
    { keys: { annee: 1, deposeLe: 1, _id: 1 } },
    { keys: { annee: 1, triTitre: 1, _id: 1 } },
    { keys: { 'porteur.id': 1, annee: 1 } },
    { keys: { financeurIds: 1, annee: 1 } },
    { keys: { qpvIds: 1 } },
    { keys: { insee: 1 } },
    { keys: { 'pilier.id': 1 } },
  ],
};

// ── Derived fields ───────────────────────────────────────────────────────────────────────────────────────────

function classement(c: Classement) {
  return {
    pilier: c.pilier ?? null,
    orientation: c.orientation ?? null,
    objectif: c.objectif ?? null,
    priorite: c.priorite ?? null,
    sousPriorite: c.sousPriorite ?? null,
    thematique: c.thematique ?? null,
    thematiqueCget: c.thematiqueCget ?? null,
    axesTransversaux: c.axesTransversaux ?? [],
  };
}

function perimetre(p: Perimetre, qpv: QpvRef[]) {
  const communes = p.type === 'communes' ? p.communes : [];
  return { intercommunal: p.type === 'intercommunal', communes, insee: communes.map((c) => c.insee), qpv, qpvIds: qpv.map((q) => q.id) };
}

/** Recomputes what derives from the lines and the labels: totals, financeur ids, sort and search keys. */
function derive(doc: DossierListDocument): DossierListDocument {
  return deriveLignes({ ...doc, triTitre: normaliser(doc.titre), texte: texteDe(doc) });
}

/**
 * Recomputes what derives from the lines only: a line's event changes no label, so the search keys stay (they cost
 * more than the totals: every label normalised; a rebuild of ten years applies some 60 000 line events).
 */
function deriveLignes(doc: DossierListDocument): DossierListDocument {
  const parNature = {} as Record<NatureFinancement, MontantsParEtape>;
  for (const nature of NATURES_FINANCEMENT) parNature[nature] = sum(doc.lignes, nature);
  return { ...doc, totaux: sum(doc.lignes), totauxParNature: parNature, financeurIds: [...new Set(doc.lignes.map((l) => l.financeurId))] };
}

function texteDe(doc: DossierListDocument): string {
  return [
    doc.titre,
    doc.referenceExterne ?? '',
    doc.porteur.nom,
    doc.description,
    ...doc.communes.map((c) => c.nom),
    ...doc.qpv.map((q) => `${q.nom} ${q.code ?? ''}`),
  ]
    .map(normaliser)
    .join(' | ');
}

/** The lines' amounts at every stage (of one nature when given): a plain loop, it runs on every line event. */
function sum(lignes: readonly LigneDocument[], nature?: NatureFinancement): MontantsParEtape {
  const total: MontantsParEtape = { demande: 0, propose: 0, vote: 0, engage: 0, verse: 0, justifie: 0 };
  for (const l of lignes) {
    if (nature !== undefined && l.nature !== nature) continue;
    total.demande += l.demande;
    total.propose += l.propose;
    total.vote += l.vote;
    total.engage += l.engage;
    total.verse += l.verse;
    total.justifie += l.justifie;
  }
  return total;
}
