import { addCents, compareCents, subtractCents, type CentsSum } from '@cdv/eventsourcing';
import type { FinanceurCategorie } from '@cdv/domain-programmation';
import type { AppelDocument } from './appel.projection';
import type { MongoFilter } from './dossier-list.queries';
import { exactSumOf, sumCents, withExactSums, type Aggregating } from './exact-sums';
import type { SommesParEtape } from './programmation-summary.queries';

/**
 * `lignesFinancement(financeur)`: each financeur's ledger for a year, demandé → proposé → voté → engagé → versé →
 * justifié, over every dossier of the year (the funnel includes what was asked and not retained). A pipeline
 * over the `dossiers` collection, so it answers as-of; the envelope comes from the appel document
 * (`appelFilter(annee)` on `appels_a_projets`) and is joined in memory by `avecEnveloppes`, which keeps the
 * pipeline free of `$lookup` (not every read store resolves other collections).
 */
export interface LedgerRow extends SommesParEtape {
  financeurId: string;
  financeurNom: string;
  categories: FinanceurCategorie[];
  lignes: number;
  lignesVotees: number;
  lignesRefusees: number;
  dossiers: number;
  parNature: { droitCommun: SommesParEtape; creditsSpecifiques: SommesParEtape };
}

export interface LedgerRowAvecEnveloppe extends LedgerRow {
  enveloppe: CentsSum | null;
  /** What the votes consume of the envelope. */
  consomme: CentsSum;
  /** Envelope minus consumed; negative when the votes exceed the envelope. */
  disponible: CentsSum | null;
  depassement: boolean;
}

const ETAPES = ['demande', 'propose', 'vote', 'engage', 'verse', 'justifie'] as const;

/** The ledger rows of a year; amounts are exact sums: read the result with `withExactSums` (exact-sums.ts). */
export function financeurLedgerPipeline({ annee, financeurId }: { annee: number; financeurId?: string }): Array<Record<string, unknown>> {
  const match: MongoFilter = financeurId ? { annee, financeurIds: financeurId } : { annee };
  const sumBy = (name: string, nature: string | null, etape: string) =>
    sumCents(name, nature ? { $cond: [{ $eq: ['$lignes.nature', nature] }, `$lignes.${etape}`, 0] } : `$lignes.${etape}`);
  return [
    { $match: match },
    { $unwind: '$lignes' },
    ...(financeurId ? [{ $match: { 'lignes.financeurId': financeurId } }] : []),
    {
      $group: {
        _id: '$lignes.financeurId',
        financeurNom: { $max: '$lignes.financeurNom' },
        categories: { $addToSet: { $ifNull: ['$lignes.categorie', null] } },
        lignes: { $sum: 1 },
        lignesVotees: { $sum: { $cond: [{ $in: ['$lignes.statut', ['vote', 'engage', 'verse', 'justifie']] }, 1, 0] } },
        lignesRefusees: { $sum: { $cond: [{ $eq: ['$lignes.statut', 'refuse'] }, 1, 0] } },
        dossiers: { $addToSet: { $ifNull: ['$dossierId', null] } },
        ...Object.assign({}, ...ETAPES.map((etape) => sumBy(etape, null, etape))),
        ...Object.assign({}, ...ETAPES.map((etape) => sumBy(`dc_${etape}`, 'droit_commun', etape))),
        ...Object.assign({}, ...ETAPES.map((etape) => sumBy(`cs_${etape}`, 'credits_specifiques', etape))),
      },
    },
    {
      $project: {
        _id: 0,
        financeurId: '$_id',
        financeurNom: 1,
        // a set has no order on MongoDB (nor has $setDifference's result): sorted, the same on both engines
        categories: { $sortArray: { input: { $setDifference: ['$categories', [null]] }, sortBy: 1 } },
        lignes: 1,
        lignesVotees: 1,
        lignesRefusees: 1,
        dossiers: { $size: { $setDifference: ['$dossiers', [null]] } },
        ...Object.fromEntries(ETAPES.map((etape) => [etape, exactSumOf(etape)])),
        parNature: {
          droitCommun: Object.fromEntries(ETAPES.map((etape) => [etape, exactSumOf(`dc_${etape}`)])),
          creditsSpecifiques: Object.fromEntries(ETAPES.map((etape) => [etape, exactSumOf(`cs_${etape}`)])),
        },
      },
    },
    { $sort: { financeurId: 1 } },
  ];
}

/** Joins the appel's envelopes (summed per financeur, all natures) to the ledger rows; financeurs with an envelope and no line appear with zeros. */
export function avecEnveloppes(rows: readonly LedgerRow[], appel: Pick<AppelDocument, 'enveloppes'> | null): LedgerRowAvecEnveloppe[] {
  const enveloppes = new Map<string, { montant: CentsSum; nom: string; categorie: FinanceurCategorie }>();
  for (const e of appel?.enveloppes ?? []) {
    const current = enveloppes.get(e.financeurId);
    enveloppes.set(e.financeurId, { montant: addCents(current?.montant ?? 0, e.montant), nom: e.financeurNom, categorie: e.categorie });
  }
  const zero: SommesParEtape = { demande: 0, propose: 0, vote: 0, engage: 0, verse: 0, justifie: 0 };
  const all: LedgerRow[] = [
    ...rows,
    ...[...enveloppes.entries()]
      .filter(([id]) => !rows.some((row) => row.financeurId === id))
      .map(([financeurId, e]) => ({
        financeurId,
        financeurNom: e.nom,
        categories: [e.categorie],
        lignes: 0,
        lignesVotees: 0,
        lignesRefusees: 0,
        dossiers: 0,
        ...zero,
        parNature: { droitCommun: zero, creditsSpecifiques: zero },
      })),
  ];
  return all
    .map((row) => {
      const enveloppe = enveloppes.get(row.financeurId)?.montant ?? null;
      return {
        ...row,
        enveloppe,
        consomme: row.vote,
        disponible: enveloppe === null ? null : subtractCents(enveloppe, row.vote),
        depassement: enveloppe !== null && compareCents(row.vote, enveloppe) > 0,
      };
    })
    .sort((a, b) => (a.financeurId < b.financeurId ? -1 : a.financeurId > b.financeurId ? 1 : 0));
}

/** The ledger rows of a year read from the `dossiers` collection, exact sums put back together. */
export async function lireGrandLivre(dossiers: Aggregating, args: { annee: number; financeurId?: string }): Promise<LedgerRow[]> {
  return withExactSums<LedgerRow[]>(await dossiers.aggregate(financeurLedgerPipeline(args)));
}
