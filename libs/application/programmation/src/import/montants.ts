import { euros, MONTANT_MAX, parseFrenchAmount, type Cents } from '@cdv/eventsourcing';

/**
 * Amounts as spreadsheets print them. parseFrenchAmount reads « 1 712 989 € », « 94.414 € », « 129 935 »,
 * « 12 345,50 »; this adds what an import must say out loud: which readings are ambiguous.
 */
export type LectureMontant = { ok: true; cents: Cents; avertissement?: string } | { ok: false; code: 'AMOUNT_INVALID' | 'AMOUNT_AMBIGUOUS'; message: string };

export function lireMontant(text: string): LectureMontant {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/€|EUR|euros?/gi, '');
  if (/^-?\d{1,3},\d{3}$/.test(compact)) {
    // Three decimals are no amount in euros, but a typing slip is as likely as English thousands: ask, do not guess.
    return {
      ok: false,
      code: 'AMOUNT_AMBIGUOUS',
      message: `"${text}" reads as English thousands or as a French decimal: write « ${compact.replace(',', ' ')} » for thousands, or at most two decimals (« ${compact.slice(0, -1)} »)`,
    };
  }
  if (/^-?\d{1,3}(,\d{3})+\.\d{1,2}$/.test(compact)) {
    return { ok: false, code: 'AMOUNT_AMBIGUOUS', message: `"${text}" is written the English way (comma thousands, dot decimals): use « 1 234,56 »` };
  }
  const cents = parseFrenchAmount(text);
  if (cents === null) return { ok: false, code: 'AMOUNT_INVALID', message: `"${text}" is not an amount` };
  if (cents < 0) return { ok: false, code: 'AMOUNT_INVALID', message: `"${text}" is negative` };
  if (cents > MONTANT_MAX) return { ok: false, code: 'AMOUNT_INVALID', message: `"${text}" is over the ceiling of ${euros(MONTANT_MAX)} for one amount` };
  // « 94.414 » alone: a dot between groups of three digits is a thousands separator here (seed 003 L402), but say so.
  if (/^\d{1,3}\.\d{3}$/.test(compact)) {
    return { ok: true, cents, avertissement: `"${text}" read as ${compact.replace('.', ' ')} € (dot as thousands separator)` };
  }
  return { ok: true, cents };
}
