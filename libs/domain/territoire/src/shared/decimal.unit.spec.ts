import {
  additionnerDecimaux,
  arrondirDecimal,
  comparerDecimaux,
  decimalDepuisTexte,
  egalDecimal,
  estDecimal,
  normaliserDecimal,
  ratioDecimal,
} from './decimal';
import { debutDe, estDatePartielle, finDe } from './dates';
import { normaliserTexte, slug } from '@cdv/shared-kernel';
import { isCalendarDate } from '@cdv/eventsourcing';

describe('decimal strings', () => {
  it('computes the Valenciennes share exactly: 35 888 / 190 459 = 18.84 %', () => {
    expect(ratioDecimal('35888', '190459', 100, 2)).toBe('18.84');
    expect(arrondirDecimal('18.84', 0)).toBe('19');
    expect(ratioDecimal('1', '0', 100, 2)).toBeNull();
  });

  it('rounds half away from zero and compares exactly', () => {
    expect(arrondirDecimal('2.345', 2)).toBe('2.35');
    expect(arrondirDecimal('-2.345', 2)).toBe('-2.35');
    expect(arrondirDecimal('7', 1)).toBe('7.0');
    expect(egalDecimal('20', '20.00')).toBe(true);
    expect(comparerDecimaux('750', '850')).toBe(-1);
    expect(additionnerDecimaux(['148275', '162041'])).toBe('310316');
    expect(normaliserDecimal('020.50')).toBe('20.5');
  });

  it('bounds a figure: 15 digits before the point, 10 after (issue 12 §8)', () => {
    expect(estDecimal('190459')).toBe(true);
    expect(estDecimal('999999999999999.0123456789')).toBe(true);
    expect(estDecimal('1'.repeat(16))).toBe(false);
    expect(estDecimal(`1.${'0'.repeat(11)}`)).toBe(false);
  });

  it('reads one printed number, never several', () => {
    expect(decimalDepuisTexte('35 888')).toBe('35888');
    expect(decimalDepuisTexte('20 %')).toBe('20');
    expect(decimalDepuisTexte('44.5%')).toBe('44.5');
    expect(decimalDepuisTexte('53,8%')).toBe('53.8');
    expect(decimalDepuisTexte('35% / 28.3%')).toBeNull();
    expect(decimalDepuisTexte("près d'un tiers")).toBeNull();
  });
});

describe('partial dates', () => {
  it('accepts a year, a month or a day, and gives the first and last day', () => {
    expect(estDatePartielle('2015')).toBe(true);
    expect(estDatePartielle('2016-07')).toBe(true);
    expect(estDatePartielle('2016-13')).toBe(false);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    // years outside 1900–2100 are typing slips (issue 12 §8)
    expect(estDatePartielle('0000')).toBe(false);
    expect(estDatePartielle('9999-01')).toBe(false);
    expect(isCalendarDate('2101-01-01')).toBe(false);
    expect(debutDe('2015')).toBe('2015-01-01');
    expect(finDe('2020')).toBe('2020-12-31');
    expect(finDe('2016-02')).toBe('2016-02-29');
  });
});

describe('text keys', () => {
  it('folds accents, ligatures and punctuation', () => {
    expect(normaliserTexte('Vandœuvre-lès-Nancy')).toBe('vandoeuvre les nancy');
    expect(normaliserTexte('Mont-Liébaud')).toBe(normaliserTexte('mont liébaud'));
    expect(slug('Centre-Ville (Condé-sur-Escaut)')).toBe('centre-ville-conde-sur-escaut');
  });
});
