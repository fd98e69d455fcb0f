import { entreeBilan, libelleTranche, saisieBilanVide, totalBeneficiaires, verifierBilan, type SaisieBilan } from './bilan';

const saisie = (changes: Partial<SaisieBilan> = {}): SaisieBilan => ({
  ...saisieBilanVide(),
  coutRealise: '11 800',
  femmes: '30',
  hommes: '25',
  residentsQpv: '40',
  parTrancheAge: { '18-25': '20', '26-64': '35', '65+': '' },
  indicateurs: [{ cle: 'i1', indicateurId: 'cabbalr-fdr-4-1', valeur: '55' }],
  recit: 'Deux après-midi par semaine.',
  ...changes,
});

describe('the bilan of an action as the porteur types it', () => {
  it('given consistent counts, counts the total from the sexes and finds nothing wrong', () => {
    expect(totalBeneficiaires(saisie())).toBe(55);
    expect(verifierBilan(saisie())).toEqual({});
  });

  it('refuses more QPV residents or age bands than beneficiaries, an indicator twice, a missing narrative', () => {
    const erreurs = verifierBilan(
      saisie({
        residentsQpv: '56',
        parTrancheAge: { '18-25': '50', '26-64': '6' },
        indicateurs: [
          { cle: 'a', indicateurId: 'x', valeur: '1' },
          { cle: 'b', indicateurId: 'x', valeur: 'beaucoup' },
        ],
        recit: ' ',
      }),
    );
    expect(Object.keys(erreurs).sort()).toEqual(['indicateurs.1.indicateurId', 'indicateurs.1.valeur', 'parTrancheAge', 'recit', 'residentsQpv']);
  });

  it('becomes deposerBilan with the catalogue’s label and unit, the age bands given, the displayed revision', () => {
    const entree = entreeBilan(
      'd-1',
      saisie({ indicateurs: [{ cle: 'a', indicateurId: 'ind', valeur: '12,5' }] }),
      [{ id: 'ind', libelle: 'Personnes', unite: 'pers.' }],
      {
        expectedRevision: 8,
        commandId: 'c-1',
      },
    );
    expect(entree).toEqual({
      dossierId: 'd-1',
      expectedRevision: 8,
      commandId: 'c-1',
      coutRealise: '11800.00',
      beneficiaires: {
        total: 55,
        femmes: 30,
        hommes: 25,
        nonRenseigne: 0,
        residentsQpv: 40,
        parTrancheAge: [
          { tranche: '18-25', nombre: 20 },
          { tranche: '26-64', nombre: 35 },
        ],
      },
      indicateurs: [{ indicateurId: 'ind', libelle: 'Personnes', valeur: 12.5, unite: 'pers.' }],
      recit: 'Deux après-midi par semaine.',
    });
  });

  it('names the age bands in French', () => {
    expect(libelleTranche('18-25')).toBe('18 à 25 ans');
    expect(libelleTranche('65+')).toBe('65 ans et plus');
    expect(libelleTranche('adultes')).toBe('adultes');
  });
});
