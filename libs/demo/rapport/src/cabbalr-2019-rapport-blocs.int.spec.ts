import type { PorteurKind } from '@cdv/domain-programmation';
import { dossierDetailProjection, type DossierDetailDocument } from '@cdv/projections-programmation';
import type { RapportAnnuel } from '@cdv/projections-rapport';
import { mondeCabbalr2019 } from './cabbalr-2019.mother';

/**
 * The blocks of the CABBALR 2019 report beside the tables per pilier (cabbalr-2019-rapport.int.spec.ts): the porteurs
 * table, the geography and the crédits spécifiques « dont réussite éducative », against the demo workspace's known
 * values and recounted from the dossier read model the report is assembled from.
 */
describe('CABBALR 2019: porteurs, geography and crédits spécifiques of the rapport annuel', () => {
  let rapport: RapportAnnuel;
  let dossiers: DossierDetailDocument[];

  beforeAll(async () => {
    const monde = await mondeCabbalr2019();
    rapport = monde.rapport;
    const vue = await monde.vue(monde.position);
    dossiers = await vue.readModel(dossierDetailProjection.name).find<DossierDetailDocument>({ annee: 2019 });
  }, 60_000);

  describe('the porteurs table (seed 003 L173–L260)', () => {
    it('groups associations (conseils citoyens included) apart from institutions, with their deposited and retained actions', () => {
      const groupes = rapport.programmation.porteurs;
      expect(groupes.map((g) => [g.groupe, g.libelle, g.deposes.valeur, g.retenus.valeur, g.lignes.length])).toEqual([
        ['associations', 'Les associations', 68, 68, 42],
        ['institutions', 'Les institutions', 54, 54, 18],
        ['autres', 'Autres porteurs', 8, 8, 1],
      ]);
      const kinds = (groupe: string) => new Set(groupes.find((g) => g.groupe === groupe)!.lignes.map((l) => l.kind));
      expect(kinds('associations')).toEqual(new Set<PorteurKind>(['association', 'conseil_citoyen']));
      expect(kinds('institutions')).toEqual(new Set<PorteurKind>(['epci', 'ccas', 'commune', 'chambre_consulaire', 'syndicat_intercommunal']));
      expect(kinds('autres')).toEqual(new Set<PorteurKind>(['autre']));
      expect(groupes.every((g) => g.deposes.regle === rapport.regleComptage && g.retenus.regle === rapport.regleComptage)).toBe(true);
    });

    it('gives each porteur its actions deposited and retained, as recounted from its dossiers', () => {
      const attendu = new Map<string, { deposes: number; retenus: number; dossiers: string[] }>();
      for (const d of dossiers) {
        const ligne = attendu.get(d.porteur.id) ?? { deposes: 0, retenus: 0, dossiers: [] };
        ligne.deposes += d.nombreActions;
        if (d.decision === 'retenu') ligne.retenus += d.nombreActions;
        ligne.dossiers.push(d.dossierId);
        attendu.set(d.porteur.id, ligne);
      }
      const lignes = rapport.programmation.porteurs.flatMap((g) => g.lignes);
      expect(lignes).toHaveLength(attendu.size);
      for (const ligne of lignes) {
        const recompte = attendu.get(ligne.porteurId)!;
        expect([ligne.porteurId, ligne.deposes.valeur, ligne.retenus.valeur]).toEqual([ligne.porteurId, recompte.deposes, recompte.retenus]);
        expect([...ligne.deposes.dossiers].sort()).toEqual([...recompte.dossiers].sort());
      }
      // two known porteurs: the Ville de Béthune (7 actions) and the Office de la jeunesse (6)
      expect(lignes.find((l) => l.porteurId === 'ville-de-bethune')).toMatchObject({ kind: 'commune', deposes: { valeur: 7 }, retenus: { valeur: 7 } });
      expect(lignes.find((l) => l.porteurId === 'ass-office-de-la-jeunesse')).toMatchObject({ kind: 'association', deposes: { valeur: 6 } });
    });

    it('adds up to the programmation headline: Σ groups = Σ porteurs = déposés and retenus', () => {
      const { entete, porteurs } = rapport.programmation;
      const somme = (f: (g: (typeof porteurs)[number]) => number) => porteurs.reduce((total, g) => total + f(g), 0);
      expect(somme((g) => g.deposes.valeur)).toBe(entete.deposes.valeur);
      expect(somme((g) => g.retenus.valeur)).toBe(entete.retenus.valeur);
      expect(entete.retenus.valeur).toBe(130);
      for (const g of porteurs) {
        expect(g.lignes.reduce((total, l) => total + l.deposes.valeur, 0)).toBe(g.deposes.valeur);
        expect(g.lignes.reduce((total, l) => total + l.retenus.valeur, 0)).toBe(g.retenus.valeur);
      }
      expect(porteurs.flatMap((g) => g.lignes)).toHaveLength(entete.porteursDeposants.valeur);
      expect(entete.porteursDeposants.valeur).toBe(61);
    });

    it('compares the printed 88 associations and 65 institutions with the computed counts (a difference, not hidden)', () => {
      const deposes = rapport.comparaisons.filter((c) => c.cle === 'rapport.porteurs_deposes');
      expect(deposes.map((c) => [c.sujet.id, c.valeurImprimee, c.calculee, c.statut])).toEqual([
        ['associations', '88', '68', 'ecart'],
        ['institutions', '65', '54', 'ecart'],
      ]);
    });
  });

  describe('the geography (QPV, figures stated vs computed, statistics)', () => {
    it('lists the quartiers of the référentiel with their generation and communes', () => {
      expect(rapport.geographie.quartiers.map((q) => [q.categorie, q.nom, q.generation, q.communes, q.statut])).toEqual([
        ['qpv', 'Des cités 5, de Marles et du Rond-Point', 2015, ['Marles-les-Mines', 'Calonne-Ricouart', 'Auchel'], 'actif'],
        ['qpv', 'Le Centre', 2015, ['Bruay-La-Buissière'], 'actif'],
        ['qpv', 'Mont-Liébaud', 2015, ['Béthune'], 'actif'],
        ['qpv', 'Provinces longues trinqués', 2015, ['Auchel', 'Cauchy-à-la-Tour'], 'actif'],
        ['qpv', 'Rimbart', 2015, ['Auchel', 'Burbure'], 'actif'],
        ['qpv', 'Rue de Lille', 2015, ['Béthune'], 'actif'],
        ['quartier_interet_communautaire', 'Cité 10 – Fond de Sains', null, ['Hersin-Coupigny', 'Noeux-les-Mines'], 'actif'],
      ]);
    });

    it('puts each figure the document states beside the one computed, with the method and the difference', () => {
      const comptes = Object.fromEntries(rapport.geographie.comptes.map((c) => [c.cle, [c.declaree, c.calculee, c.ecart]]));
      expect(comptes).toEqual({
        communes: ['100', '15', true],
        qpv: ['16', '6', true],
        communes_avec_qpv: ['14', '7', true],
        quartiers_interet_communautaire: ['5', '1', true],
        quartiers_veille_active: [null, '0', null],
        population: [null, null, null],
        population_qpv: ['36000', null, null],
        part_population_qpv: ['13', null, null],
      });
      // the computed counts are the quartiers listed, and every stated figure names where it is printed
      const qpv = rapport.geographie.quartiers.filter((q) => q.categorie === 'qpv');
      expect(rapport.geographie.comptes.find((c) => c.cle === 'qpv')!.calculee).toBe(String(qpv.length));
      expect(rapport.geographie.comptes.find((c) => c.cle === 'communes_avec_qpv')!.calculee).toBe(String(new Set(qpv.flatMap((q) => q.communes)).size));
      expect(rapport.geographie.comptes.find((c) => c.cle === 'population_qpv')).toMatchObject({
        declareeImprimee: 'près de 36 000',
        source: expect.stringMatching(/L897$/),
      });
      expect(rapport.geographie.comptes.filter((c) => c.declaree !== null).every((c) => c.source !== null)).toBe(true);
    });

    it('keeps the QPV-vs-EPCI statistics recorded, with their perimeter, quartier and source', () => {
      const stats = rapport.geographie.statistiques;
      expect(stats).toHaveLength(24);
      expect(
        stats.filter((s) => s.perimetre === 'ensemble_qpv' || s.perimetre === 'departement').map((s) => [s.perimetre, s.valeurImprimee, s.valeur]),
      ).toEqual([
        ['ensemble_qpv', '38%', '38'],
        ['departement', '41%', '41'],
      ]);
      const parQuartier = stats.filter((s) => s.perimetre === 'qpv');
      expect(parQuartier.map((s) => [s.quartier, s.valeur])).toEqual([
        ['Des cités 5, de Marles et du Rond-Point', '33'],
        ['Le Centre', null],
        ['Le Centre', '44'],
        ['Provinces longues trinqués', '44.5'],
        ['Rimbart', '22'],
      ]);
      // a statistic about a quartier names one of the référentiel
      const noms = new Set(rapport.geographie.quartiers.map((q) => q.nom));
      expect(parQuartier.every((s) => noms.has(s.quartier!))).toBe(true);
      expect(stats.every((s) => s.source === 'données Insee 2013 et Fileas-Cnaf 2015')).toBe(true);
    });
  });

  describe('crédits spécifiques (BOP 147) « dont réussite éducative »', () => {
    it('sums the BOP 147 votes of the retained dossiers tagged réussite éducative, within the State’s total', () => {
      const { creditsEtat } = rapport.programmation;
      expect(creditsEtat.total.valeur).toBe(2_080_268_00);
      expect(creditsEtat.groupePar).toBe('pilier');
      expect(creditsEtat.lignes.map((l) => [l.cle, l.montant.valeur])).toEqual([
        ['v1.P1', 1_583_490_00],
        ['v1.P2', 90_133_00],
        ['v1.P3', 406_645_00],
      ]);
      expect(creditsEtat.lignes.reduce((total, l) => total + l.montant.valeur, 0)).toBe(creditsEtat.total.valeur);

      const dont = creditsEtat.dontReussiteEducative;
      expect(dont).toMatchObject({ valeur: 624_592_00, regle: 'reussite_educative' });
      expect(dont.dossiers).toHaveLength(10);
      // recounted: the BOP 147 votes of exactly those dossiers, each retained and tagged réussite éducative
      const parId = new Map(dossiers.map((d) => [d.dossierId, d]));
      const recompte = dont.dossiers
        .map((id) => parId.get(id)!)
        .reduce((total, d) => total + d.lignes.filter((l) => l.categorie === 'etat_credits_specifiques').reduce((s, l) => s + l.vote, 0), 0);
      expect(recompte).toBe(dont.valeur);
      for (const id of dont.dossiers) {
        const d = parId.get(id)!;
        expect(d.decision).toBe('retenu');
        expect(
          [d.thematiqueCget, d.thematique, d.priorite, d.sousPriorite].some(
            (t) => t && /r[ée]ussite [ée]ducative/i.test(`${t.id.replace(/[-_]/g, ' ')} ${t.libelle}`),
          ),
        ).toBe(true);
      }
      expect(dont.valeur).toBeLessThan(creditsEtat.total.valeur);
    });

    it('compares the printed 543 640 € with the computed figure over the same dossiers (a difference, not hidden)', () => {
      const comparaison = rapport.comparaisons.find((c) => c.cle === 'rapport.credits_etat_reussite_educative')!;
      expect(comparaison).toMatchObject({ valeurImprimee: '543 640 €', statut: 'ecart' });
      expect(comparaison.dossiers).toEqual(rapport.programmation.creditsEtat.dontReussiteEducative.dossiers);
    });
  });
});
