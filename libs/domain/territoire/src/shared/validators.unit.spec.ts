import { estCodeInseeValide, estCodeQpvValide, estRnaValide, generationDuCodeQpv, normaliserCodeInsee, normaliserIdentifiant } from './validators';
import { estSirenValide, estSiretValide, luhnValide } from '@cdv/shared-kernel';

describe('identifier validators', () => {
  it('checks SIREN with Luhn', () => {
    expect(luhnValide('732829320')).toBe(true);
    expect(estSirenValide('732829320')).toBe(true);
    expect(estSirenValide('732829321')).toBe(false);
    expect(estSirenValide('73282932')).toBe(false);
    expect(estSirenValide(732829320)).toBe(false);
    expect(estSirenValide('000000000')).toBe(false);
  });

  it('checks SIRET with Luhn, and La Poste SIRETs by their digit sum', () => {
    expect(estSiretValide('73282932000074')).toBe(true);
    expect(estSiretValide('73282932000075')).toBe(false);
    expect(estSiretValide('7328293200007')).toBe(false);
    // all zeros pass Luhn (sum 0) but are nobody's SIRET
    expect(estSiretValide('00000000000000')).toBe(false);
    // La Poste (SIREN 356 000 000): fails Luhn, digit sum is a multiple of 5.
    expect(luhnValide('35600000049837')).toBe(false);
    expect(estSiretValide('35600000049837')).toBe(true);
    expect(estSiretValide('35600000012345')).toBe(false);
    expect(estSiretValide('35600000000048')).toBe(true);
  });

  it('checks RNA numbers', () => {
    expect(estRnaValide('W751234567')).toBe(true);
    expect(estRnaValide('W2A1234567')).toBe(true);
    expect(estRnaValide('W75123456')).toBe(false);
    expect(estRnaValide('X751234567')).toBe(false);
  });

  it('checks and normalises INSEE codes (leading zero lost by spreadsheets, Corsica)', () => {
    expect(estCodeInseeValide('59350')).toBe(true);
    expect(estCodeInseeValide('2A004')).toBe(true);
    expect(estCodeInseeValide('1053')).toBe(false);
    expect(normaliserCodeInsee('1053')).toBe('01053');
    expect(normaliserCodeInsee(' 2a004 ')).toBe('2A004');
    expect(normaliserCodeInsee('abc')).toBeNull();
  });

  it('checks QPV codes of both generations and tells the generation', () => {
    expect(estCodeQpvValide('QP059012')).toBe(true);
    expect(estCodeQpvValide('QN05901M')).toBe(true);
    expect(estCodeQpvValide('QN075111')).toBe(true);
    expect(estCodeQpvValide('QP59012')).toBe(false);
    expect(estCodeQpvValide('QN0590M')).toBe(false);
    expect(estCodeQpvValide('qp059012')).toBe(false);
    expect(generationDuCodeQpv('QP093028')).toBe(2015);
    expect(generationDuCodeQpv('QN07511M')).toBe(2024);
    expect(generationDuCodeQpv('XX')).toBeNull();
  });

  it('removes what people type inside identifiers', () => {
    expect(normaliserIdentifiant('356 000 000 00048')).toBe('35600000000048');
  });
});
