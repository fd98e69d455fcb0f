import { isCalendarDate, parseInstant } from './calendar';

describe('calendar: dates and instants that exist, in 1900–2100', () => {
  it.each(['2024-02-29', '1900-01-01', '2100-12-31', '2019-07-14'])('accepts the date %s', (date) => expect(isCalendarDate(date)).toBe(true));
  it.each(['2025-02-30', '2023-02-29', '2024-13-01', '2024-00-10', '0000-01-01', '9999-12-31', '1899-12-31', '2101-01-01', '2024-1-1', 20240101])(
    'refuses the date %s',
    (date) => expect(isCalendarDate(date)).toBe(false),
  );

  it('reads instants with a zone, in UTC', () => {
    expect(parseInstant('2024-03-01T09:00Z')).toBe('2024-03-01T09:00:00.000Z');
    expect(parseInstant('2024-03-01T10:00:00.5+01:00')).toBe('2024-03-01T09:00:00.500Z');
  });
  it.each([
    '2025-02-30T00:00Z',
    '2024-03-01T24:00Z',
    '2024-03-01T09:60Z',
    '2024-03-01T09:00',
    '0000-01-01T00:00Z',
    '9999-12-31T23:59:59Z',
    '2024-03-01T09:00+25:00',
  ])('refuses the instant %s', (instant) => expect(parseInstant(instant)).toBeNull());
});
