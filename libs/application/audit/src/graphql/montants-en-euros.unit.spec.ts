import { enEuros } from './montants-en-euros';

describe('amounts of the audit diffs, in euros', () => {
  it('writes the amounts of programmation streams as Montant does', () => {
    expect(enEuros('dossier', 'lignes.etat:credits_specifiques.vote', 1_000_000)).toBe('10000.00');
    expect(enEuros('dossier', 'champs.coutTotal', 3_100_000)).toBe('31000.00');
    expect(enEuros('appel', 'enveloppes.etat:credits_specifiques', 171_298_900)).toBe('1712989.00');
    expect(enEuros('dossier', 'lignes.etat:credits_specifiques', { statut: 'vote', demande: 500_000, vote: 450_000, ligneId: 'x' })).toEqual({
      statut: 'vote',
      demande: '5000.00',
      vote: '4500.00',
      ligneId: 'x',
    });
    expect(enEuros('appel', 'enveloppes', { etat: 100, region: 250 })).toEqual({ etat: '1.00', region: '2.50' });
  });

  it('leaves counts, dates and other contexts alone', () => {
    expect(enEuros('dossier', 'champs.nombreActions', 8)).toBe(8);
    expect(enEuros('dossier', 'statut', 'vote')).toBe('vote');
    expect(enEuros('territoire', 'statistiques.population.valeur', 190_459)).toBe(190_459);
    expect(enEuros('dossier', 'lignes.x.vote', null)).toBeNull();
  });
});
