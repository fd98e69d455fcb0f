import { lireCommunes } from './communes';

describe('lireCommunes', () => {
  it('reads one commune per line: an INSEE code then the name, or the name alone', () => {
    expect(lireCommunes('84007 Avignon\n\n  Le Pontet \n2A004 Ajaccio')).toEqual({
      communes: [
        { codeInsee: '84007', nom: 'Avignon' },
        { codeInsee: null, nom: 'Le Pontet' },
        { codeInsee: '2A004', nom: 'Ajaccio' },
      ],
      erreur: null,
    });
  });

  it('says which line starts with a code that is not one', () => {
    expect(lireCommunes('84007 Avignon\n8400 Le Pontet').erreur).toMatch(/^Ligne 2 : un code INSEE a cinq caractères/);
  });
});
