import type { StatutDossier } from '@cdv/domain-programmation';
import type { DossierListDocument } from './dossier-list.projection';
import { normaliser } from './text';
import { echapperRegex } from '@cdv/shared-kernel';

/**
 * Query shapes over the `dossiers` collection (dossierListProjection). Plain MongoDB filters and sorts: the same
 * objects run on MongoDB, on the embedded mingo store and on an as-of rebuild of the collection.
 */

export interface DossierListFilter {
  annee?: number;
  statut?: StatutDossier | StatutDossier[];
  /** Cadre stratégique node id; `null` selects the dossiers with no pilier. */
  pilierId?: string | null;
  thematiqueId?: string | null;
  qpvId?: string;
  /** INSEE code, or the commune's name (case ignored) where the référentiel knows it by name only. */
  commune?: string;
  intercommunal?: boolean;
  porteurId?: string;
  financeurId?: string;
  serieId?: string;
  /** The identifier in the source system, exactly (the spreadsheet's « Référence du dossier »). */
  referenceExterne?: string;
  /** Words looked for (accents and case ignored) in title, reference, porteur, description, communes and QPV. */
  texte?: string;
}

export type MongoFilter = Record<string, unknown>;

/** An INSEE code (Corsica: 2A, 2B); anything else names a commune. */
const CODE_INSEE = /^(\d{5}|2[AB]\d{3})$/;

export function dossierListFilter(filter: DossierListFilter = {}): MongoFilter {
  const and: MongoFilter[] = [];
  if (filter.annee !== undefined) and.push({ annee: filter.annee });
  if (filter.statut !== undefined) and.push({ statut: Array.isArray(filter.statut) ? { $in: filter.statut } : filter.statut });
  if (filter.pilierId !== undefined) and.push(filter.pilierId === null ? { pilier: null } : { 'pilier.id': filter.pilierId });
  if (filter.thematiqueId !== undefined) and.push(filter.thematiqueId === null ? { thematique: null } : { 'thematique.id': filter.thematiqueId });
  if (filter.qpvId !== undefined) and.push({ qpvIds: filter.qpvId });
  if (filter.commune !== undefined)
    and.push(
      CODE_INSEE.test(filter.commune) ? { insee: filter.commune } : { 'communes.nom': { $regex: `^${echapperRegex(filter.commune.trim())}$`, $options: 'i' } },
    );
  if (filter.intercommunal !== undefined) and.push({ intercommunal: filter.intercommunal });
  if (filter.porteurId !== undefined) and.push({ 'porteur.id': filter.porteurId });
  if (filter.financeurId !== undefined) and.push({ financeurIds: filter.financeurId });
  if (filter.serieId !== undefined) and.push({ serieId: filter.serieId });
  if (filter.referenceExterne !== undefined) and.push({ referenceExterne: filter.referenceExterne });
  for (const word of normaliser(filter.texte ?? '')
    .split(' ')
    .filter(Boolean))
    and.push({ texte: { $regex: echapperRegex(word) } });
  return and.length === 0 ? {} : and.length === 1 ? and[0] : { $and: and };
}

/** Sort keys a Relay connection may use; `_id` always breaks ties so that cursors are stable. */
export const DOSSIER_SORT_FIELDS = {
  deposeLe: 'deposeLe',
  titre: 'triTitre',
  coutTotal: 'coutTotal',
  modifieLe: 'modifieLe',
  voteTotal: 'totaux.vote',
} as const;
export type DossierSortField = keyof typeof DOSSIER_SORT_FIELDS;

export interface DossierListArgs {
  filter?: DossierListFilter;
  sort?: { field: DossierSortField; direction: 'asc' | 'desc' };
  /** Page size (Relay `first`), 1–200. */
  first?: number;
  /** Opaque cursor of the last edge seen (Relay `after`). */
  after?: string;
}

export interface MongoFind {
  filter: MongoFilter;
  sort: Record<string, 1 | -1>;
  /** One more than the page, to know whether there is a next page. */
  limit: number;
  projection?: Record<string, 0 | 1>;
}

type CursorValue = string | number | null;

/** Cursors carry the sort value and the id of the last edge: base64url JSON, opaque to clients. */
export function encodeCursor(field: DossierSortField, document: DossierListDocument): string {
  return Buffer.from(JSON.stringify([field, sortValue(field, document), document._id])).toString('base64url');
}

export function decodeCursor(cursor: string): { field: DossierSortField; value: CursorValue; id: string } | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 3) return null;
    const [field, value, id] = parsed;
    if (!(field in DOSSIER_SORT_FIELDS) || typeof id !== 'string' || !(value === null || typeof value === 'string' || typeof value === 'number')) return null;
    return { field: field as DossierSortField, value, id };
  } catch {
    return null;
  }
}

export class InvalidCursor extends Error {
  override readonly name = 'InvalidCursor';
}

/** The find that serves one page of `dossiers(filter, first, after)`. */
export function dossierListQuery(args: DossierListArgs = {}, projection?: Record<string, 0 | 1>): MongoFind {
  const field = args.sort?.field ?? 'deposeLe';
  const direction = args.sort?.direction === 'desc' ? -1 : 1;
  const path = DOSSIER_SORT_FIELDS[field];
  const first = Math.min(Math.max(args.first ?? 50, 1), 200);
  let filter = dossierListFilter(args.filter);
  if (args.after) {
    const cursor = decodeCursor(args.after);
    if (!cursor || cursor.field !== field) throw new InvalidCursor('the cursor does not belong to this sort');
    const op = direction === 1 ? '$gt' : '$lt';
    const after = { $or: [{ [path]: { [op]: cursor.value } }, { [path]: cursor.value, _id: { [op]: cursor.id } }] };
    filter = Object.keys(filter).length ? { $and: [filter, after] } : after;
  }
  return { filter, sort: { [path]: direction, _id: direction }, limit: first + 1, ...(projection ? { projection } : {}) };
}

export interface Connection<D> {
  edges: Array<{ cursor: string; node: D }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Turns the documents a `dossierListQuery` returned (up to first + 1) into a Relay connection. */
export function toConnection<D extends DossierListDocument>(documents: readonly D[], args: DossierListArgs = {}): Connection<D> {
  const field = args.sort?.field ?? 'deposeLe';
  const first = Math.min(Math.max(args.first ?? 50, 1), 200);
  const page = documents.slice(0, first);
  const edges = page.map((node) => ({ cursor: encodeCursor(field, node), node }));
  return { edges, pageInfo: { hasNextPage: documents.length > first, endCursor: edges.length ? edges[edges.length - 1].cursor : null } };
}

function sortValue(field: DossierSortField, document: DossierListDocument): CursorValue {
  switch (field) {
    case 'deposeLe':
      return document.deposeLe;
    case 'titre':
      return document.triTitre;
    case 'coutTotal':
      return document.coutTotal;
    case 'modifieLe':
      return document.modifieLe;
    case 'voteTotal':
      return document.totaux.vote;
  }
}
