import { aggregate } from 'mingo';
import { project, recordEvents } from '@cdv/testing';
import { dossierListProjection } from './dossier-list.projection';
import { withExactSums } from './exact-sums';
import { programmationSummaryPipeline, type ProgrammationSummary, type RegleComptage } from './programmation-summary.queries';
import { scenario } from './scenario.mother';

const events = recordEvents(scenario(), { tenantId: 'mel' });
const documents = [...project(dossierListProjection, events).values()];
const summary = (regle?: RegleComptage, docs = documents, annee = 2024): ProgrammationSummary =>
  withExactSums<ProgrammationSummary>(aggregate(docs, programmationSummaryPipeline({ annee, ...(regle ? { regle } : {}) }))[0]);

describe('programmation summary (aggregation over the dossier documents)', () => {
  it('counts deposited, retained, not retained and distinct porteurs, with the counting rule named', () => {
    expect(summary()).toMatchObject({
      annee: 2024,
      regleComptage: { id: 'dossier' },
      comptes: {
        deposes: 6,
        retenus: 3,
        nonRetenus: 1,
        ajournes: 0,
        abandonnes: 1,
        enInstruction: 1,
        projetsRetenus: 3,
        porteursDeposants: 4,
        porteursRetenus: 2,
        coutTotalDeposes: 53_000_00,
        coutTotalRetenus: 23_000_00,
      },
    });
  });

  it('counts the same programmation three ways, each under its named rule (seed 003 §5.8)', () => {
    expect(summary('dossier').comptes.projetsRetenus).toBe(3);
    expect(summary('action_declaree').comptes.projetsRetenus).toBe(5);
    expect(summary('dossier_credits_specifiques')).toMatchObject({
      regleComptage: { id: 'dossier_credits_specifiques' },
      comptes: { projetsRetenus: 2, retenus: 3 },
    });
    expect(summary('action_declaree').parPilier.find((g) => g.cle === 'p-emploi')?.projets).toBe(3);
  });

  it('sums every stage per financeur category and nature over retained dossiers', () => {
    expect(summary().parFinanceur).toEqual([
      { categorie: 'communes', nature: 'droit_commun', lignes: 1, demande: 1_000_00, propose: 0, vote: 1_000_00, engage: 0, verse: 0, justifie: 0 },
      {
        categorie: 'etat_credits_specifiques',
        nature: 'credits_specifiques',
        lignes: 2,
        demande: 7_500_00,
        propose: 0,
        vote: 7_000_00,
        engage: 4_000_00,
        verse: 2_000_00,
        justifie: 0,
      },
      { categorie: 'region', nature: 'droit_commun', lignes: 2, demande: 3_500_00, propose: 0, vote: 1_500_00, engage: 0, verse: 0, justifie: 0 },
    ]);
  });

  it('groups by pilier with distinct porteurs, cost and votes by nature', () => {
    expect(summary().parPilier).toEqual([
      {
        cle: 'p-cohesion',
        libelle: 'Cohésion sociale',
        projets: 2,
        dossiers: 2,
        porteursDistincts: 2,
        coutTotal: 13_000_00,
        demande: { total: 8_000_00, droitCommun: 3_500_00, creditsSpecifiques: 4_500_00 },
        vote: { total: 5_500_00, droitCommun: 1_500_00, creditsSpecifiques: 4_000_00 },
      },
      {
        cle: 'p-emploi',
        libelle: 'Emploi',
        projets: 1,
        dossiers: 1,
        porteursDistincts: 1,
        coutTotal: 10_000_00,
        demande: { total: 4_000_00, droitCommun: 1_000_00, creditsSpecifiques: 3_000_00 },
        vote: { total: 4_000_00, droitCommun: 1_000_00, creditsSpecifiques: 3_000_00 },
      },
    ]);
  });

  it('shows the unclassified and the QPV groups; a dossier in two QPV counts in each', () => {
    const s = summary();
    expect(s.parThematique.map((g) => [g.cle, g.libelle, g.dossiers])).toEqual([
      [null, 'Non classé', 1],
      ['education', 'Éducation', 1],
      ['sante', 'Santé', 1],
    ]);
    expect(s.parQpv.map((g) => [g.cle, g.libelle, g.dossiers])).toEqual([
      [null, 'Hors QPV ou non renseigné', 1],
      ['qpv-alma', 'Alma', 2],
      ['qpv-bourgogne', 'Bourgogne', 1],
    ]);
    expect(s.parPorteurKind.map((g) => [g.cle, g.dossiers, g.porteursDistincts])).toEqual([
      ['association', 2, 1],
      ['commune', 1, 1],
    ]);
  });

  it('porteur counts are distinct per group and never add up across groups', () => {
    const s = summary();
    const parPilier = s.parPilier.reduce((sum, g) => sum + g.porteursDistincts, 0);
    expect(parPilier).toBe(3);
    expect(s.comptes.porteursRetenus).toBe(2);
  });

  it('answers as-of: the same pipeline over the documents rebuilt from the events up to the comité\u2019s eve', () => {
    const cutoff = events.findIndex((e) => e.type === 'ComiteConvoque');
    const asOf = [...project(dossierListProjection, events.slice(0, cutoff)).values()];
    expect(summary('dossier', asOf).comptes).toMatchObject({ deposes: 6, retenus: 0, enInstruction: 5, abandonnes: 1 });
  });

  it('sums exactly past 2^53 cents (amounts recorded before the ceiling), and counts absurd nombreActions at the bound', () => {
    const huge = Number.MAX_SAFE_INTEGER;
    const retained = documents.filter((doc) => doc.decision === 'retenu');
    const absurd = retained.map((doc) => ({
      ...doc,
      nombreActions: 2 ** 31 - 1,
      coutTotal: huge,
      totaux: { ...doc.totaux, vote: huge },
      lignes: doc.lignes.map((ligne) => ({ ...ligne, vote: huge })),
    }));
    const s = summary('action_declaree', absurd);
    expect(s.comptes.coutTotalRetenus).toBe(BigInt(huge) * BigInt(retained.length));
    expect(s.comptes.projetsRetenus).toBe(retained.length * 1_000);
    const lignes = retained.reduce((count, doc) => count + doc.lignes.length, 0);
    expect(s.parFinanceur.reduce((sum, row) => sum + BigInt(row.vote), 0n)).toBe(BigInt(huge) * BigInt(lignes));
    expect(s.parPilier.reduce((sum, g) => sum + BigInt(g.vote.total), 0n)).toBe(BigInt(huge) * BigInt(retained.length));
  });

  it('returns zeros for a year without dossiers', () => {
    expect(summary('dossier', documents, 2031)).toMatchObject({ annee: 2031, comptes: { deposes: 0, retenus: 0 }, parPilier: [], parFinanceur: [] });
  });
});
