import { evaluerRegles, type ContexteEvaluation, type RegleFinancement } from './regles';

// CABBALR's two funds (seed 003 §4.3, §5.6): the checks reproduce the document's own figures.
const fondsDeConcours: RegleFinancement = {
  id: 'fdc-pv',
  libelle: 'Fonds de concours Politique de la Ville : 40 % des dépenses éligibles, plafonné à 70 000 €',
  application: 'bloquant',
  type: 'taux_max',
  tauxMaxPourcentage: 40,
  assiette: 'depenses_eligibles',
  plafond: 70_000_00,
  cible: { dispositifs: ['fdc-pv'] },
};
const fcsPlafond: RegleFinancement = {
  id: 'fcs-plafond',
  libelle: 'FCS ≤ 2 000 €',
  application: 'bloquant',
  type: 'plafond',
  montantMax: 2_000_00,
  cible: { dispositifs: ['fcs'] },
};
const fcsEgal: RegleFinancement = {
  id: 'fcs-egal',
  libelle: 'FCS = part communale',
  application: 'avertissement',
  type: 'egal_a',
  cible: { dispositifs: ['fcs'] },
  reference: { categories: ['communes'] },
};

const ligne = (montant: number, dispositif = 'fdc-pv') => ({
  ligneId: `cabbalr:credits_specifiques`,
  financeurId: 'cabbalr',
  categorie: 'epci' as const,
  nature: 'credits_specifiques' as const,
  dispositif,
  montant,
});
const contexte = (overrides: Partial<ContexteEvaluation>): ContexteEvaluation => ({
  etape: 'vote',
  ligne: ligne(0),
  autresLignes: [],
  coutTotal: 0,
  porteurKind: 'commune',
  ...overrides,
});

describe('financing rules', () => {
  it.each([
    // Divion: 129 935 € → 40 % = 51 974 € exactly (L417); Noeux: 949 145 € → capped at 70 000 € (L418).
    ['Divion', 129_935_00, 51_974_00, 'ok'],
    ['Divion + 1 cent', 129_935_00, 51_974_01, 'refus'],
    ['Noeux-les-Mines', 949_145_00, 70_000_00, 'ok'],
    ['Hersin-Coupigny over the cap', 548_159_00, 70_000_01, 'refus'],
  ])('fonds de concours: %s', (_label, depenses, montant, resultat) => {
    const [result] = evaluerRegles([fondsDeConcours], contexte({ ligne: ligne(montant), coutTotal: depenses, depensesEligibles: depenses }));
    expect(result.resultat).toBe(resultat);
  });

  it('names the maximum in a refusal', () => {
    expect(evaluerRegles([fondsDeConcours], contexte({ ligne: ligne(80_000_00), coutTotal: 949_145_00 }))).toEqual([
      expect.objectContaining({ regleId: 'fdc-pv', resultat: 'refus', montantMax: 70_000_00 }),
    ]);
  });

  it('FCS: at most 2 000 € and equal to the commune\u2019s share (warning)', () => {
    const commune = {
      ligneId: 'ville-de-barlin:droit_commun',
      financeurId: 'ville-de-barlin',
      categorie: 'communes' as const,
      nature: 'droit_commun' as const,
      montant: 1_500_00,
    };
    const results = evaluerRegles([fcsPlafond, fcsEgal], contexte({ ligne: ligne(1_800_00, 'fcs'), autresLignes: [commune], coutTotal: 5_000_00 }));
    expect(results.map((r) => [r.regleId, r.resultat])).toEqual([
      ['fcs-plafond', 'ok'],
      ['fcs-egal', 'warning'],
    ]);
    expect(evaluerRegles([fcsEgal], contexte({ ligne: ligne(1_800_00, 'fcs') }))).toEqual([
      expect.objectContaining({ resultat: 'warning', montantAttendu: 0 }),
    ]);
  });

  it('applies only to matching lines, stages and porteur kinds', () => {
    const conseilsCitoyens: RegleFinancement = { ...fcsPlafond, porteurKinds: ['conseil_citoyen'], etapes: ['demande'] };
    expect(evaluerRegles([conseilsCitoyens], contexte({ ligne: ligne(9_000_00, 'fcs'), etape: 'demande', porteurKind: 'association' }))).toEqual([]);
    expect(evaluerRegles([conseilsCitoyens], contexte({ ligne: ligne(9_000_00, 'fcs'), etape: 'vote', porteurKind: 'conseil_citoyen' }))).toEqual([]);
    expect(evaluerRegles([conseilsCitoyens], contexte({ ligne: ligne(9_000_00, 'fcs'), etape: 'demande', porteurKind: 'conseil_citoyen' }))).toHaveLength(1);
    expect(evaluerRegles([fondsDeConcours], contexte({ ligne: ligne(9_000_00, 'fcs') }))).toEqual([]);
  });

  it('minimum and rate on total cost', () => {
    const seuil: RegleFinancement = { id: 'seuil', libelle: 'seuil de dépôt', application: 'avertissement', type: 'minimum', montantMin: 1_000_00, cible: {} };
    const taux: RegleFinancement = {
      id: 'taux',
      libelle: '80 % max',
      application: 'avertissement',
      type: 'taux_max',
      tauxMaxPourcentage: 80,
      assiette: 'cout_total',
      cible: {},
    };
    expect(evaluerRegles([seuil, taux], contexte({ ligne: ligne(999_99), coutTotal: 1_000_00 })).map((r) => r.resultat)).toEqual(['warning', 'warning']);
    expect(evaluerRegles([seuil, taux], contexte({ ligne: ligne(800_00), coutTotal: 1_000_00 })).map((r) => r.resultat)).toEqual(['warning', 'ok']);
  });
});
