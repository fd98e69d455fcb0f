import { isCalendarDate, YEAR_MAX, YEAR_MIN } from '@cdv/eventsourcing';

/**
 * Dates are ISO strings. Documents often print only a year or a month ("Juillet 2019", "2016-07"), so some
 * fields take a partial date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) rather than inventing a day.
 */
export type DateIso = string;
export type DatePartielle = string;

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function estDatePartielle(value: unknown): value is DatePartielle {
  if (typeof value !== 'string') return false;
  const match = PARTIAL.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  if (year < YEAR_MIN || year > YEAR_MAX) return false;
  if (match[2] === undefined) return true;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return false;
  return match[3] === undefined || isCalendarDate(value);
}

/** First day covered by a partial date: "2015" → "2015-01-01". */
export function debutDe(value: DatePartielle): DateIso {
  const [year, month = '01', day = '01'] = value.split('-');
  return `${year}-${month}-${day}`;
}

/** Last day covered by a partial date: "2020" → "2020-12-31", "2016-02" → "2016-02-29". */
export function finDe(value: DatePartielle): DateIso {
  const [year, month, day] = value.split('-');
  if (day) return value;
  if (month) return `${year}-${month}-${String(daysInMonth(Number(year), Number(month))).padStart(2, '0')}`;
  return `${year}-12-31`;
}
