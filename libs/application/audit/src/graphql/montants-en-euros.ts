import { formatMontant } from '@cdv/eventsourcing';

/**
 * The audit screens show amounts as the API's `Montant` does — euros, "31000.00" — never the integer cents the
 * events and states hold (issue 12 §14). The diffs of programmation streams name their amounts by key: a line's
 * stages, a dossier's costs, a versement, an envelope (appel state: `enveloppes.{financeur}`), a correction's
 * before/after, a rule's ceilings, a reliquat. The recorded payload (`donnees`) stays as recorded: cents (docs/design.md §4).
 */
const CATEGORIES_PROGRAMMATION = new Set(['appel', 'dossier', 'comite', 'convention', 'regles']);
const CLES_MONTANT = new Set([
  'montant',
  'coutTotal',
  'depensesEligibles',
  'coutRealise',
  'demande',
  'propose',
  'vote',
  'engage',
  'verse',
  'justifie',
  'totalVerse',
  'avant',
  'apres',
  'montantMax',
  'montantMin',
  'montantAttendu',
  'plafond',
  'nonEngage',
  'nonVerse',
  'totalVote',
]);
/** Maps whose values are all amounts, keyed by ids (the appel's envelopes by financeur). */
const CARTES_MONTANT = new Set(['enveloppes']);

/** The value at `path` of a stream of `category`, with its amounts in euros. */
export function enEuros(category: string, path: string, value: unknown): unknown {
  if (!CATEGORIES_PROGRAMMATION.has(category)) return value;
  const segments = path.split('.');
  const cle = segments[segments.length - 1];
  const parent = segments[segments.length - 2];
  return convertir(value, CLES_MONTANT.has(cle) || (parent !== undefined && CARTES_MONTANT.has(parent)), CARTES_MONTANT.has(cle));
}

function convertir(value: unknown, montant: boolean, carte: boolean): unknown {
  if (typeof value === 'number') return montant && Number.isSafeInteger(value) ? formatMontant(value) : value;
  if (Array.isArray(value)) return value.map((item) => convertir(item, false, false));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, member]) => [key, convertir(member, carte || CLES_MONTANT.has(key), CARTES_MONTANT.has(key))]));
}
