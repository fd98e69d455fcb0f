import { REGLES_RAPPORT } from '@cdv/projections-rapport';
import { chiffre, REGLES_DE_COMPTE, REGLES_MONETAIRES } from './rapport.mapper';

describe('a figure of the report over GraphQL', () => {
  it('classes every rule of the report as an amount or a count, so that no figure is shown in the wrong unit', () => {
    const regles = Object.keys(REGLES_RAPPORT);
    expect([...REGLES_MONETAIRES].filter((regle) => !regles.includes(regle))).toEqual([]);
    expect(regles.filter((regle) => !REGLES_MONETAIRES.has(regle) && !REGLES_DE_COMPTE.has(regle))).toEqual([]);
    expect([...REGLES_DE_COMPTE].sort()).toEqual(
      ['action_declaree', 'dossier', 'dossier_credits_specifiques', 'dossiers_avec_bilan', 'dossiers_sans_bilan', 'porteurs_distincts', 'somme_bilans'].sort(),
    );
  });

  it('gives an amount in cents as montant and a count as nombre, with its rule and dossiers', () => {
    expect(chiffre({ valeur: 773_782_00, regle: 'somme_vote_credits_specifiques', dossiers: ['a', 'b'] })).toEqual({
      nombre: null,
      montant: 773_782_00,
      regle: 'somme_vote_credits_specifiques',
      dossiers: ['a', 'b'],
    });
    expect(chiffre({ valeur: 23, regle: 'action_declaree', dossiers: ['a'] })).toEqual({
      nombre: 23,
      montant: null,
      regle: 'action_declaree',
      dossiers: ['a'],
    });
  });
});
