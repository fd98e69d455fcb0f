import type { Cents, Projection, ReadDocument, RecordedEvent } from '@cdv/eventsourcing';
import {
  APPEL_EVENT_TYPES,
  type AppelEvent,
  type ComitePrevu,
  type Enveloppe,
  type FinanceurCategorie,
  type PieceRequise,
  type StatutAppel,
  type Tag,
} from '@cdv/domain-programmation';

export interface EnveloppeDocument {
  financeurId: string;
  financeurNom: string;
  categorie: FinanceurCategorie;
  nature: string | null;
  montant: Cents;
  synthetique: boolean;
}

/** The appel à projets of a year: calendar, priorities, envelopes (the financeur ledger compares against them). */
export interface AppelDocument extends ReadDocument {
  annee: number;
  titre: string;
  statut: StatutAppel;
  ouvertureLe: string;
  clotureLe: string;
  priorites: Tag[];
  enveloppes: EnveloppeDocument[];
  comites: ComitePrevu[];
  closLe: string | null;
  exerciceClotureLe: string | null;
  champsSynthetiques: string[];
  /** The pieces a deposit and a bilan need (absent from documents written before the pièces justificatives). */
  piecesRequises?: PieceRequise[];
}

const enveloppe = (e: Enveloppe, synthetique: boolean): EnveloppeDocument => ({
  financeurId: e.financeur.id,
  financeurNom: e.financeur.nom,
  categorie: e.financeur.categorie,
  nature: e.nature ?? null,
  montant: e.montant,
  synthetique,
});

export function evolveAppel(document: AppelDocument | null, event: RecordedEvent): AppelDocument | null {
  const domain = { type: event.type, data: event.data } as AppelEvent;
  if (domain.type === 'AppelAProjetsOuvert') {
    const d = domain.data;
    const synthetiques = d.synthetique ?? [];
    return {
      _id: String(d.annee),
      annee: d.annee,
      titre: d.titre,
      statut: 'ouvert',
      ouvertureLe: d.ouvertureLe,
      clotureLe: d.clotureLe,
      priorites: d.priorites,
      enveloppes: d.enveloppes.map((e) => enveloppe(e, synthetiques.includes('enveloppes'))),
      comites: d.comites,
      closLe: null,
      exerciceClotureLe: null,
      champsSynthetiques: synthetiques,
      piecesRequises: [],
    };
  }
  if (!document) return null;
  switch (domain.type) {
    case 'EnveloppeFixee': {
      const d = domain.data;
      const nature = d.nature ?? null;
      const autres = document.enveloppes.filter((e) => !(e.financeurId === d.financeur.id && e.nature === nature));
      return { ...document, enveloppes: [...autres, enveloppe(d, Boolean(d.synthetique?.includes('montant')))] };
    }
    case 'ComitePlanifie': {
      const { annee: _annee, ...comite } = domain.data;
      return { ...document, comites: [...document.comites.filter((c) => c.comiteId !== comite.comiteId), comite] };
    }
    case 'AppelAProjetsClos':
      return { ...document, statut: 'clos', closLe: domain.data.closLe };
    case 'ExerciceCloture':
      return { ...document, statut: 'exercice_clos', exerciceClotureLe: domain.data.clotureLe };
    case 'PiecesRequisesDefinies':
      return { ...document, piecesRequises: domain.data.pieces };
    case 'DateClotureModifiee':
      return domain.data.reouvert
        ? { ...document, clotureLe: domain.data.clotureLe, statut: 'ouvert', closLe: null }
        : { ...document, clotureLe: domain.data.clotureLe };
  }
}

export const appelProjection: Projection<AppelDocument> = {
  name: 'appels_a_projets',
  version: 1,
  eventTypes: APPEL_EVENT_TYPES,
  documentIds: (event) => [String((event.data as { annee: number }).annee)],
  evolve: evolveAppel,
};
