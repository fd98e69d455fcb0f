import type { TypeColonne } from '../colonnes';

/** `fr`: dd/mm/yyyy and Paris time, what French spreadsheets read as dates; `iso`: ISO 8601 (machines). */
export type StyleDates = 'fr' | 'iso';

const FUSEAU = 'Europe/Paris';
const PARIS = new Intl.DateTimeFormat('fr-FR', {
  timeZone: FUSEAU,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** Paris's offset from UTC (minutes) by UTC hour: it changes only on the hour (DST), so one Intl call per hour. */
const DECALAGES = new Map<number, number>();
const DECALAGES_MAX = 50_000;

function decalageDeParis(time: number): number {
  const heure = Math.floor(time / 3_600_000);
  let decalage = DECALAGES.get(heure);
  if (decalage === undefined) {
    const parts: Record<string, number> = {};
    for (const part of PARIS.formatToParts(heure * 3_600_000)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
    decalage = (Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) - heure * 3_600_000) / 60_000;
    if (DECALAGES.size >= DECALAGES_MAX) DECALAGES.clear();
    DECALAGES.set(heure, decalage);
  }
  return decalage;
}

/** The wall-clock time in Paris of an instant: [year, month, day, hour, minute, second]. */
export function heureDeParis(instant: string): [number, number, number, number, number, number] | null {
  const time = Date.parse(instant);
  if (Number.isNaN(time)) return null;
  const local = new Date(time + decalageDeParis(time) * 60_000);
  return [local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate(), local.getUTCHours(), local.getUTCMinutes(), local.getUTCSeconds()];
}

const JOUR = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The calendar day of a value: a `2019-03-15` date as it is; an instant, its day in Paris (an event recorded at
 * 23:30 UTC in winter belongs to the next French day).
 */
export function jour(value: string): [number, number, number] | null {
  const match = JOUR.exec(value);
  if (match) return [Number(match[1]), Number(match[2]), Number(match[3])];
  const t = heureDeParis(value);
  return t ? [t[0], t[1], t[2]] : null;
}

const deux = (n: number) => String(n).padStart(2, '0');

/** Integer cents → "1234,56" (no thousands separator: spreadsheets would read it as text). */
export function montantFrancais(cents: number): string {
  const negative = cents < 0;
  const abs = Math.abs(Math.round(cents));
  return `${negative ? '-' : ''}${Math.floor(abs / 100)},${deux(abs % 100)}`;
}

/**
 * Characters that make a spreadsheet read a cell as a formula (« CSV injection »): a title typed by a porteur
 * must never run in an agent's spreadsheet. Such text gets a leading apostrophe, which spreadsheets hide.
 */
const FORMULE = /^[=+\-@\t\r]/;

/** A cell of the French CSV: every value as the text a French spreadsheet reads back as the same value. */
export function texteCsv(type: TypeColonne, value: unknown, dates: StyleDates): string {
  if (value === null || value === undefined || value === '') return '';
  switch (type) {
    case 'montant':
      return typeof value === 'number' ? montantFrancais(value) : '';
    case 'entier':
      return typeof value === 'number' ? String(Math.trunc(value)) : '';
    case 'nombre':
      return typeof value === 'number' ? String(value).replace('.', ',') : '';
    case 'date': {
      const d = typeof value === 'string' ? jour(value) : null;
      if (!d) return '';
      return dates === 'iso' ? `${d[0]}-${deux(d[1])}-${deux(d[2])}` : `${deux(d[2])}/${deux(d[1])}/${d[0]}`;
    }
    case 'dateHeure': {
      if (typeof value !== 'string') return '';
      // a business date given without a time (effectiveAt « 2019-03-15 ») stays a date
      if (JOUR.test(value)) return texteCsv('date', value, dates);
      if (dates === 'iso') return Number.isNaN(Date.parse(value)) ? '' : new Date(value).toISOString();
      const t = heureDeParis(value);
      return t ? `${deux(t[2])}/${deux(t[1])}/${t[0]} ${deux(t[3])}:${deux(t[4])}:${deux(t[5])}` : '';
    }
    case 'booleen':
      return value ? 'oui' : 'non';
    case 'liste':
      return protegerTexte(Array.isArray(value) ? value.join(', ') : String(value));
    case 'texte':
      return protegerTexte(typeof value === 'string' ? value : JSON.stringify(value));
  }
}

export function protegerTexte(text: string): string {
  return FORMULE.test(text) ? `'${text}` : text;
}

/**
 * A cell of the XLSX: amounts in euros as numbers, dates as dates (Excel's serial days carry no time zone:
 * instants are written as their Paris wall-clock time), the rest as text. Text cells are typed strings, so a
 * formula-looking title stays text.
 */
export function valeurXlsx(type: TypeColonne, value: unknown): string | number | Date | null {
  if (value === null || value === undefined || value === '') return null;
  switch (type) {
    case 'montant':
      return typeof value === 'number' ? value / 100 : null;
    case 'entier':
    case 'nombre':
      return typeof value === 'number' ? value : null;
    case 'date': {
      const d = typeof value === 'string' ? jour(value) : null;
      return d ? new Date(Date.UTC(d[0], d[1] - 1, d[2])) : null;
    }
    case 'dateHeure': {
      if (typeof value === 'string' && JOUR.test(value)) return valeurXlsx('date', value);
      const t = typeof value === 'string' ? heureDeParis(value) : null;
      return t ? new Date(Date.UTC(t[0], t[1] - 1, t[2], t[3], t[4], t[5])) : null;
    }
    case 'booleen':
      return value ? 'oui' : 'non';
    case 'liste':
      return Array.isArray(value) ? value.join(', ') : String(value);
    case 'texte':
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

/** Excel number formats: euros as French spreadsheets show them, dates day first. */
export const FORMATS_XLSX: Partial<Record<TypeColonne, string>> = {
  montant: '#,##0.00 "€"',
  date: 'dd/mm/yyyy',
  dateHeure: 'dd/mm/yyyy hh:mm:ss',
  entier: '0',
};
