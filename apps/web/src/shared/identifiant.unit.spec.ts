import { identifiantDe } from './identifiant';

describe('identifiantDe', () => {
  it('keeps letters and digits of the name, without accents, joined by dashes', () => {
    expect(identifiantDe('Les Jardins du Nord')).toBe('les-jardins-du-nord');
    expect(identifiantDe('  Élan Sportif — Béthune (62) ')).toBe('elan-sportif-bethune-62');
    expect(identifiantDe('CONSEIL CITOYEN QUARTIER DU REGAIN')).toBe('conseil-citoyen-quartier-du-regain');
  });

  it('is at most 60 characters and never ends with a dash', () => {
    const id = identifiantDe(`${'a'.repeat(59)} bcd`);
    expect(id.length).toBeLessThanOrEqual(60);
    expect(id.endsWith('-')).toBe(false);
  });
});
