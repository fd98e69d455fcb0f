import {
  brouillonVide,
  champDuServeur,
  classementDe,
  entreeDepot,
  entreeLigne,
  etatPlan,
  verifierBrouillon,
  type Brouillon,
  type DimensionCadre,
} from './depot';

let compteur = 0;
const nouvelId = () => `id-${(compteur += 1)}`;

/** A draft the server would accept: an action in Auchel, 12 000 € asked 7 000 + 5 000. */
function brouillonComplet(changes: Partial<Brouillon> = {}): Brouillon {
  return {
    ...brouillonVide(nouvelId),
    annee: '2027',
    titre: 'Café numérique',
    communes: ['62048'],
    dateDebut: '2027-02-01',
    dateFin: '2027-12-15',
    coutTotal: '12 000',
    lignes: [
      { cle: 'l1', financeurId: 'etat', nature: 'credits_specifiques', montant: '7 000' },
      { cle: 'l2', financeurId: 'cabbalr', nature: 'credits_specifiques', montant: '5000,00' },
    ],
    ...changes,
  };
}

const CADRE: DimensionCadre[] = [
  {
    code: 'piliers',
    libelle: 'Piliers',
    niveaux: ['pilier', 'orientation', 'objectif opérationnel'],
    racines: [{ id: 'v1.P1', libelle: 'Cohésion sociale', enfants: [{ id: 'v1.P1.o2', libelle: 'Accès au droit', enfants: [] }] }],
  },
  { code: 'axes-transversaux', libelle: 'Axes', niveaux: ['axe'], racines: [{ id: 'v1.t1', libelle: 'Égalité', enfants: [] }] },
  { code: 'feuille-de-route', libelle: 'Feuille de route', niveaux: ['priorité', 'sous-priorité'], racines: [{ id: 'v1.fdr.4', libelle: 'Numérique' }] },
];

describe('the deposit of a dossier as the porteur types it', () => {
  it('given a plan under the cost, says what is left to finance and finds nothing wrong', () => {
    const brouillon = brouillonComplet();
    expect(etatPlan(brouillon)).toEqual({ cout: 12_000_00, total: 12_000_00, reste: 0, depasse: false });
    expect(verifierBrouillon(brouillon)).toEqual({});
    expect(etatPlan(brouillonComplet({ coutTotal: '15000' })).reste).toBe(3_000_00);
  });

  it('given a plan over the cost, refuses it on the plan while it is typed', () => {
    const brouillon = brouillonComplet({ coutTotal: '11 999,99' });
    expect(etatPlan(brouillon)).toMatchObject({ depasse: true, reste: -1 });
    expect(verifierBrouillon(brouillon)).toEqual({ plan: expect.stringMatching(/dépasse le coût total/) });
  });

  it('names each missing or wrong field, a line twice for one financeur, and dates out of order', () => {
    const erreurs = verifierBrouillon({
      ...brouillonVide(nouvelId),
      dateDebut: '2027-05-01',
      dateFin: '2027-04-01',
      coutTotal: '12,345',
      lignes: [
        { cle: 'a', financeurId: 'etat', nature: 'droit_commun', montant: '10' },
        { cle: 'b', financeurId: 'etat', nature: 'droit_commun', montant: '0' },
      ],
    });
    expect(Object.keys(erreurs).sort()).toEqual(['annee', 'communes', 'coutTotal', 'dateFin', 'lignes.1.financeurId', 'lignes.1.montant', 'titre'].sort());
  });

  it('checks only the lines not yet recorded once the dossier exists', () => {
    const brouillon = brouillonComplet({ depose: { dossierId: 'd-1' } });
    brouillon.lignes[0] = { ...brouillon.lignes[0], montant: '', enregistree: true };
    expect(verifierBrouillon(brouillon)).toEqual({});
  });

  it('turns the cadre stratégique chosen into the classement: piliers, axes, feuille de route', () => {
    expect(classementDe({ piliers: ['v1.P1', 'v1.P1.o2'], 'axes-transversaux': ['v1.t1'], 'feuille-de-route': ['v1.fdr.4'], inconnue: ['x'] }, CADRE)).toEqual({
      pilier: { id: 'v1.P1', libelle: 'Cohésion sociale' },
      orientation: { id: 'v1.P1.o2', libelle: 'Accès au droit' },
      axesTransversaux: [{ id: 'v1.t1', libelle: 'Égalité' }],
      priorite: { id: 'v1.fdr.4', libelle: 'Numérique' },
    });
  });

  it('becomes deposerDossier then one demanderFinancement per line, with their idempotency keys', () => {
    const brouillon = brouillonComplet({ intercommunal: true, reason: '  dépôt tardif accepté ', publics: [' jeunes ', ''] });
    expect(entreeDepot(brouillon, CADRE)).toMatchObject({
      commandId: brouillon.commandId,
      annee: 2027,
      intercommunal: true,
      communes: [],
      publics: ['jeunes'],
      coutTotal: '12000.00',
      reason: 'dépôt tardif accepté',
    });
    expect(entreeLigne('d-1', brouillon.lignes[1])).toEqual({
      commandId: 'l2',
      dossierId: 'd-1',
      financeurId: 'cabbalr',
      nature: 'credits_specifiques',
      montant: '5000.00',
    });
  });

  it('puts a refusal of the server on the field it names', () => {
    expect(champDuServeur('perimetre.communes[0].insee')).toBe('communes');
    expect(champDuServeur('classement.pilier.id')).toBe('classement');
    expect(champDuServeur('contexte.appel')).toBe('annee');
    expect(champDuServeur('inconnu')).toBeNull();
    expect(champDuServeur(null)).toBeNull();
  });
});
