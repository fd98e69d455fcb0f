import { GraphQLError } from 'graphql';
import { choisirColonnes, COLONNES_MAX, decrireColonnes, type Colonne } from './colonnes';

const CATALOGUE: Array<Colonne<{ a: string }>> = [
  { id: 'titre', libelle: 'Titre', type: 'texte', parDefaut: true, valeur: (r) => r.a },
  { id: 'vote', libelle: 'Voté (€)', type: 'montant', parDefaut: true, valeur: () => 0 },
  { id: 'synthetique', libelle: 'Synthétique', type: 'booleen', description: 'invented by a seed', valeur: () => false },
];

function refus(call: () => unknown): Record<string, unknown> {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return { message: (error as GraphQLError).message, ...(error as GraphQLError).extensions };
  }
  throw new Error('expected a refusal');
}

describe('choosing columns', () => {
  it('gives the default set when none is named, and the named ones in the caller’s order', () => {
    expect(choisirColonnes(CATALOGUE, undefined).map((c) => c.id)).toEqual(['titre', 'vote']);
    expect(choisirColonnes(CATALOGUE, ['synthetique', 'titre']).map((c) => c.id)).toEqual(['synthetique', 'titre']);
  });

  it('refuses an unknown column with VALIDATION_FAILED on columns, naming it and the known ones', () => {
    expect(refus(() => choisirColonnes(CATALOGUE, ['titre', 'montantt']))).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'columns',
      message: 'unknown column "montantt"',
      unknown: ['montantt'],
      known: ['titre', 'vote', 'synthetique'],
    });
  });

  it('refuses an empty list, a repeated column and an oversize list', () => {
    expect(refus(() => choisirColonnes(CATALOGUE, []))).toMatchObject({ code: 'VALIDATION_FAILED', field: 'columns' });
    expect(refus(() => choisirColonnes(CATALOGUE, ['titre', 'titre']))).toMatchObject({ code: 'VALIDATION_FAILED', message: 'column "titre" is named twice' });
    expect(
      refus(() =>
        choisirColonnes(
          CATALOGUE,
          Array.from({ length: COLONNES_MAX + 1 }, () => 'titre'),
        ),
      ),
    ).toMatchObject({ field: 'columns' });
  });

  it('describes the catalogue for the API', () => {
    expect(decrireColonnes(CATALOGUE)[2]).toEqual({
      id: 'synthetique',
      libelle: 'Synthétique',
      type: 'booleen',
      parDefaut: false,
      description: 'invented by a seed',
    });
  });
});
