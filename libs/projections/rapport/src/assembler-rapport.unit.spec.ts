import type { IndicateurDocument } from '@cdv/projections-territoire';
import { assemblerBeneficiaires, assemblerIndicateurs } from './referentiel-rapport';
import { comparerCodes, poids, type DossierRapport } from './regles-rapport';

/** A retained dossier with a bilan, as the assembly reads it (only the fields it uses). */
const dossier = (
  id: string,
  bilan: DossierRapport['bilan'],
  indicateurs: Array<{ indicateurId: string; valeur: number }> = [],
  decision: 'retenu' | null = 'retenu',
) =>
  ({
    dossierId: id,
    decision,
    nombreActions: 1,
    lignes: [],
    bilan,
    indicateurs: indicateurs.map((i) => ({ ...i, libelle: i.indicateurId, unite: null, renseigneLe: '2020-01-10' })),
  }) as unknown as DossierRapport;

const beneficiaires = (total: number, femmes: number, residentsQpv: number, tranches: Array<[string, number]>) => ({
  coutRealise: 100,
  recit: '',
  deposeLe: '2020-01-10',
  beneficiaires: {
    total,
    femmes,
    hommes: total - femmes,
    nonRenseigne: 0,
    residentsQpv,
    parTrancheAge: tranches.map(([tranche, nombre]) => ({ tranche, nombre })),
  },
});

describe('assembling the rapport annuel', () => {
  it('sums the bilans of retained dossiers by sex, age band and QPV residence, naming those without a bilan', () => {
    const b = assemblerBeneficiaires([
      dossier(
        'd1',
        beneficiaires(10, 6, 8, [
          ['12-17', 4],
          ['6-11', 6],
        ]),
      ),
      dossier('d2', beneficiaires(5, 1, 5, [['18-25', 5]])),
      dossier('d3', null),
      dossier('d4', beneficiaires(99, 99, 99, []), [], null),
    ]);
    expect(b.total).toEqual({ valeur: 15, regle: 'somme_bilans', dossiers: ['d1', 'd2'] });
    expect([b.femmes.valeur, b.hommes.valeur, b.residentsQpv.valeur]).toEqual([7, 8, 13]);
    expect(b.dossiersSansBilan).toEqual({ valeur: 1, regle: 'dossiers_sans_bilan', dossiers: ['d3'] });
    expect(b.parTrancheAge.map((t) => [t.tranche, t.nombre.valeur])).toEqual([
      ['6-11', 6],
      ['12-17', 4],
      ['18-25', 5],
    ]);
  });

  it('sets each indicator’s value against its target per year, with rate and trend, rolling the bilans up into the catalogue', () => {
    const indicateur = {
      _id: 'ind-1',
      defini: true,
      libelle: 'Personnes accompagnées',
      unite: null,
      noeuds: [{ cadreId: 'cv', noeudId: 'v1.fdr.4' }],
      valeurs: [
        {
          annee: 2018,
          date: null,
          ventilation: null,
          engagementId: null,
          valeur: '80',
          valeurImprimee: '80',
          qualificatif: null,
          source: 's',
          corrections: [],
        },
      ],
      cibles: [
        {
          engagementId: 'e',
          indicateurId: 'ind-1',
          annee: 2019,
          periode: null,
          ventilation: null,
          cible: { type: 'valeur', valeur: '100' },
          reference: null,
          qualificatif: null,
        },
      ],
    } as unknown as IndicateurDocument;
    const vide = { ...indicateur, _id: 'ind-2', libelle: 'Jamais renseigné', valeurs: [], cibles: [] } as unknown as IndicateurDocument;
    const [un, deux] = assemblerIndicateurs(
      [vide, indicateur],
      [dossier('d1', null, [{ indicateurId: 'ind-1', valeur: 60 }]), dossier('d2', null, [{ indicateurId: 'ind-1', valeur: 30 }])],
      2019,
    );
    expect(un.annees).toEqual([
      { annee: 2018, valeur: '80', origine: 'declaree', cible: null, taux: null, tendance: null },
      { annee: 2019, valeur: '90', origine: 'bilans', cible: '100', taux: '90.0', tendance: 'hausse' },
    ]);
    expect(un.bilans).toEqual({ somme: '90', dossiers: ['d1', 'd2'] });
    expect(deux).toMatchObject({ renseigne: false, annees: [], bilans: null });
  });

  it('weighs dossiers under each counting rule and orders codes as numbers', () => {
    const d = { nombreActions: 8, lignes: [{ categorie: 'etat_credits_specifiques', vote: 0 }] } as unknown as DossierRapport;
    expect([poids('dossier', d), poids('action_declaree', d), poids('dossier_credits_specifiques', d)]).toEqual([1, 8, 0]);
    expect(['10.1', '9.3', '2.10', '2.9', null].sort(comparerCodes)).toEqual(['2.9', '2.10', '9.3', '10.1', null]);
  });
});
