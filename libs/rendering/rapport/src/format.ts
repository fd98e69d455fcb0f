/**
 * French formatting, written by hand rather than with Intl: the bytes of a document must not depend on the ICU
 * data of the machine that renders it. Thousands are separated by a no-break space (« 2 500 000 »), decimals by a
 * comma (« 35,3 % »).
 */
export const ESPACE = '\u00a0';

export function entier(n: number): string {
  const signe = n < 0 ? '-' : '';
  return signe + String(Math.trunc(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ESPACE);
}

/** Cents as euros: « 1 712 989 € », with the cents only when there are some (« 12,50 € »). */
export function euros(cents: number): string {
  const abs = Math.abs(cents);
  const reste = abs % 100;
  return `${cents < 0 ? '-' : ''}${entier(Math.trunc(abs / 100))}${reste ? `,${String(reste).padStart(2, '0')}` : ''}${ESPACE}€`;
}

/** A decimal string (« 35.3 », « 1712989.00 ») in French (« 35,3 », « 1 712 989,00 »). */
export function decimal(valeur: string): string {
  const [partieEntiere, fraction] = valeur.split('.');
  const negatif = partieEntiere.startsWith('-');
  const chiffres = entier(Number(negatif ? partieEntiere.slice(1) : partieEntiere));
  return `${negatif ? '-' : ''}${chiffres}${fraction ? `,${fraction}` : ''}`;
}

export function pourcent(valeur: string | null): string {
  return valeur === null ? '—' : `${decimal(valeur)}${ESPACE}%`;
}

const MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** « 2020-09-29 » (or an instant) → « 29 septembre 2020 »; « 1er » for the first of the month. */
export function dateLongue(iso: string): string {
  const [annee, mois, jour] = iso.slice(0, 10).split('-').map(Number);
  return `${jour === 1 ? '1er' : jour} ${MOIS[mois - 1]} ${annee}`;
}

/** « 2020-11-18 » → « 18/11/2020 ». */
export function dateCourte(iso: string): string {
  const [annee, mois, jour] = iso.slice(0, 10).split('-');
  return `${jour}/${mois}/${annee}`;
}
