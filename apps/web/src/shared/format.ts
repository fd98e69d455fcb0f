// French formats for what the API returns (docs/api.md): Montant is a decimal string in euros, never a float.

const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const eurosCentimes = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const entier = new Intl.NumberFormat('fr-FR');
const pourcent = new Intl.NumberFormat('fr-FR', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "2500000.00" → cents as an integer (exact: no float arithmetic on money). */
export function centimes(montant: string | null | undefined): number {
  if (!montant) return 0;
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(montant.trim());
  if (!match) return 0;
  const [, signe, unites, decimales = ''] = match;
  const valeur = Number(unites) * 100 + Number(decimales.padEnd(2, '0'));
  return signe ? -valeur : valeur;
}

/** Cents → the Montant scalar ("2500000.00"). */
export function versMontant(cents: number): string {
  const abs = Math.abs(cents);
  return `${cents < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** « 2 500 000 € », or « 1 234,50 € » when there are cents. */
export function formatMontant(montant: string | number | null | undefined): string {
  const cents = typeof montant === 'number' ? montant : centimes(montant);
  return cents % 100 === 0 ? euros.format(cents / 100) : eurosCentimes.format(cents / 100);
}

export function formatEntier(valeur: number): string {
  return entier.format(valeur);
}

/** « 42,5 % »; « — » when the whole is zero. */
export function formatPart(partie: number, tout: number): string {
  return tout === 0 ? '—' : pourcent.format(partie / tout);
}

/**
 * What a person types for an amount (« 4 500,50 », « 4500.5 », « 4 500 € ») → the Montant scalar, or null when
 * it is not an amount with at most two decimals.
 */
export function saisieVersMontant(saisie: string): string | null {
  const nettoye = saisie.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(nettoye)) return null;
  return versMontant(centimes(nettoye));
}

/** A Montant as a person would type it back (« 4500,50 »). */
export function montantVersSaisie(montant: string | null | undefined): string {
  const cents = centimes(montant);
  return cents % 100 === 0 ? String(cents / 100) : versMontant(cents).replace('.', ',');
}

const dateCourte = new Intl.DateTimeFormat('fr-FR', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Paris' });
const dateHeure = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Paris' });

/** « 15/03/2019 » for a Date ("2019-03-15") or a DateTime. */
export function formatDate(valeur: string | null | undefined): string {
  if (!valeur) return '—';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(valeur) ? new Date(`${valeur}T12:00:00Z`) : new Date(valeur);
  return Number.isNaN(date.getTime()) ? valeur : dateCourte.format(date);
}

/** « 15/03/2019 10:30 » (Paris time). */
export function formatDateHeure(valeur: string | null | undefined): string {
  if (!valeur) return '—';
  const date = new Date(valeur);
  return Number.isNaN(date.getTime()) ? valeur : dateHeure.format(date);
}

const instant = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Europe/Paris' });

/** « 15/03/2019 10:30:05 » (Paris time): an instant compared with another close to it. */
export function formatInstant(valeur: string | null | undefined): string {
  if (!valeur) return '—';
  const date = new Date(valeur);
  return Number.isNaN(date.getTime()) ? valeur : instant.format(date);
}
