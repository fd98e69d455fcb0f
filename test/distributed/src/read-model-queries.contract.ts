import {
  financeurLedgerPipeline,
  programmationSummaryPipeline,
  withExactSums,
  type LedgerRow,
  type ProgrammationSummary,
} from '@cdv/projections-programmation';
import {
  ciblesPipeline,
  communesAvecQpvPipeline,
  financeursParCategoriePipeline,
  partenairesQuery,
  qpvsQuery,
  valeursPipeline,
  type Requete,
} from '@cdv/projections-territoire';
import type { AnyReadDocument, ReadStore, TenantReadStore } from '@cdv/read-store';
import { type ReadStoreContractHarness } from '@cdv/read-store/contract';

/**
 * The project's own queries give the same answer on every read store (docs/adr/0014): mingo (embedded) and MongoDB
 * differ where MongoDB leaves things unspecified or skips what mingo keeps — a missing value in $push/$addToSet,
 * $size of a missing array, the order of $push, of a set, of sort ties. Each case feeds the very documents where
 * they would differ and states the one answer both must give. The embedded run is part of `npm test`; the MongoDB
 * run needs MONGODB_URL (read-model-queries.int.spec.ts), and is reported skipped otherwise.
 */
export function readModelQueriesContract(adapter: string, harness: ReadStoreContractHarness, options: { skip?: string } = {}): void {
  if (options.skip) process.stdout.write(`skipped: ${options.skip} (read-model queries contract, ${adapter} adapter)\n`);
  const describeOrSkip = options.skip ? describe.skip : describe;

  describeOrSkip(`read-model queries contract: ${adapter}`, () => {
    let store: ReadStore;
    let tenant: TenantReadStore;
    beforeEach(async () => {
      store = await harness.create();
      tenant = store.forTenant('mel');
    });
    afterEach(async () => {
      await harness.dispose?.(store);
    });

    const seed = async (collection: string, documents: AnyReadDocument[]) =>
      tenant.collection(collection).bulkWrite(documents.map((document) => ({ kind: 'upsert' as const, id: document._id, document })));
    const find = (collection: string, requete: Requete) => tenant.collection(collection).find(requete.filter, { sort: requete.sort });
    const ids = (documents: ReadonlyArray<{ _id: unknown }>) => documents.map((document) => document._id);

    describe('programmation(annee): counts leave out what is missing, a dossier without lines counts zero lines', () => {
      const etat = { financeurId: 'etat', categorie: 'etat_credits_specifiques', nature: 'credits_specifiques', demande: 600, vote: 500 };
      const dossiers: AnyReadDocument[] = [
        dossier('d1', { decision: 'retenu', porteur: { id: 'p1', kind: 'association' }, pilier: { id: 'pil-1', libelle: 'Emploi' }, lignes: [etat] }),
        dossier('d2', { decision: 'retenu', porteur: { id: 'p1', kind: 'association' }, pilier: { id: 'pil-1', libelle: 'Emploi' }, lignes: [] }),
        // deposited before its porteur and its lines were known: no `porteur`, no `lignes` at all
        dossier('d3', { decision: 'retenu' }),
        dossier('d4', { statut: 'depose', porteur: { id: 'p2', kind: 'commune' }, lignes: [etat] }),
      ];

      it.each([
        ['dossier', 3],
        ['dossier_credits_specifiques', 1],
      ] as const)('under the rule %s', async (regle, projetsRetenus) => {
        await seed('dossiers', dossiers);
        const [summary] = withExactSums<ProgrammationSummary[]>(
          await tenant.collection('dossiers').aggregate(programmationSummaryPipeline({ annee: 2024, regle })),
        );
        expect(summary.comptes).toEqual({
          deposes: 4,
          retenus: 3,
          nonRetenus: 0,
          ajournes: 0,
          abandonnes: 0,
          enInstruction: 1,
          projetsRetenus,
          porteursDeposants: 2,
          porteursRetenus: 1,
          coutTotalDeposes: 4000,
          coutTotalRetenus: 3000,
        });
        expect(summary.parPilier.map((groupe) => [groupe.cle, groupe.libelle, groupe.dossiers, groupe.porteursDistincts])).toEqual([
          [null, 'Non classé', 1, 0],
          ['pil-1', 'Emploi', 2, 1],
        ]);
        expect(summary.parPorteurKind.map((groupe) => [groupe.cle, groupe.porteursDistincts])).toEqual([
          [null, 0],
          ['association', 1],
        ]);
      });
    });

    it('lignesFinancement: a financeur’s categories sorted, its dossiers counted once', async () => {
      const ligne = (categorie: string, vote: number) => ({
        financeurId: 'etat',
        financeurNom: 'État',
        categorie,
        nature: 'droit_commun',
        statut: 'vote',
        demande: vote,
        vote,
      });
      await seed('dossiers', [
        dossier('d1', { financeurIds: ['etat'], lignes: [ligne('etat_droit_commun', 100), ligne('etat_credits_specifiques', 200)] }),
        dossier('d2', { financeurIds: ['etat'], lignes: [ligne('etat_droit_commun', 50)] }),
      ]);
      const rows = withExactSums<LedgerRow[]>(await tenant.collection('dossiers').aggregate(financeurLedgerPipeline({ annee: 2024, financeurId: 'etat' })));
      expect(rows.map((row) => [row.financeurId, row.categories, row.dossiers, row.lignes, row.vote])).toEqual([
        ['etat', ['etat_credits_specifiques', 'etat_droit_commun'], 2, 3, 350],
      ]);
    });

    it('financeurs by category: each group’s partenaires by name then id, a financeur without category in the null group', async () => {
      await seed('partenaires', [
        { _id: 'z', partenaireId: 'z', nom: 'Ville de Roubaix', roles: ['financeur'], categorieFinanceur: 'commune' },
        { _id: 'b', partenaireId: 'b', nom: 'CAF du Nord', roles: ['financeur'], categorieFinanceur: 'caf' },
        { _id: 'y', partenaireId: 'y', nom: 'Ville de Lille', roles: ['financeur'], categorieFinanceur: 'commune' },
        { _id: 'x', partenaireId: 'x', nom: 'Ville de Lille', roles: ['financeur'], categorieFinanceur: 'commune' },
        { _id: 'n', partenaireId: 'n', nom: 'Fondation', roles: ['financeur'] },
        { _id: 'p', partenaireId: 'p', nom: 'Association', roles: ['porteur'], categorieFinanceur: 'commune' },
      ]);
      const groups = await tenant.collection('partenaires').aggregate(financeursParCategoriePipeline());
      expect(groups).toEqual([
        { _id: null, nombre: 1, partenaires: [{ partenaireId: 'n', nom: 'Fondation' }] },
        { _id: 'caf', nombre: 1, partenaires: [{ partenaireId: 'b', nom: 'CAF du Nord' }] },
        {
          _id: 'commune',
          nombre: 3,
          partenaires: [
            { partenaireId: 'x', nom: 'Ville de Lille' },
            { partenaireId: 'y', nom: 'Ville de Lille' },
            { partenaireId: 'z', nom: 'Ville de Roubaix' },
          ],
        },
      ]);
    });

    it('partenaires and QPV lists: homonyms in the order of their ids', async () => {
      await seed('partenaires', [
        { _id: 'c', nom: 'Mission locale', nomsRecherche: ['mission locale'] },
        { _id: 'a', nom: 'Mission locale', nomsRecherche: ['mission locale'] },
        { _id: 'b', nom: 'CCAS', nomsRecherche: ['ccas'] },
      ]);
      expect(ids(await find('partenaires', partenairesQuery()))).toEqual(['b', 'a', 'c']);
      await seed('qpvs', [
        { _id: 'q3', generation: '2024', nom: 'Bourgogne' },
        { _id: 'q1', generation: '2024', nom: 'Bourgogne' },
        { _id: 'q2', generation: '2015', nom: 'Bourgogne' },
      ]);
      expect(ids(await find('qpvs', qpvsQuery()))).toEqual(['q2', 'q1', 'q3']);
    });

    it('communes with a QPV: homonymous communes in the order of their keys', async () => {
      const commune = (cle: string, nom: string) => ({ cle, codeInsee: cle, nom, rattachee: true, avecQpv: true });
      await seed('territoire', [{ _id: 'mel', communes: [commune('59599', 'Wattrelos'), commune('59350', 'Lille'), commune('59009', 'Lille')] }]);
      const rows = await tenant.collection('territoire').aggregate<{ cle: string }>(communesAvecQpvPipeline('mel'));
      expect(rows.map((row) => row.cle)).toEqual(['59009', '59350', '59599']);
    });

    it('targets and values: ties on indicator and year keep the order they were recorded in', async () => {
      const cible = (annee: number, ventilation: string | null) => ({ indicateurId: 'i1', annee, ventilation });
      await seed('engagements', [
        { _id: 'e1', engagementId: 'e1', objectif: 'Emploi', cibles: [cible(2025, 'hommes'), cible(2024, null), cible(2025, 'femmes')] },
      ]);
      const cibles = await tenant.collection('engagements').aggregate<{ cible: { annee: number; ventilation: string | null } }>(ciblesPipeline());
      expect(cibles.map((row) => [row.cible.annee, row.cible.ventilation])).toEqual([
        [2024, null],
        [2025, 'hommes'],
        [2025, 'femmes'],
      ]);
      await seed('indicateurs', [
        {
          _id: 'i1',
          valeurs: [
            { annee: 2020, valeur: '12', ventilation: 'hommes' },
            { annee: 2019, valeur: '20' },
            { annee: 2020, valeur: '9', ventilation: 'femmes' },
          ],
        },
      ]);
      expect(await tenant.collection('indicateurs').aggregate(valeursPipeline('i1'))).toEqual([
        { annee: 2019, valeur: '20' },
        { annee: 2020, valeur: '12', ventilation: 'hommes' },
        { annee: 2020, valeur: '9', ventilation: 'femmes' },
      ]);
    });
  });
}

/** A `dossiers` document as the summary and ledger pipelines read it (dossierListProjection), 1 000 € of cost. */
function dossier(id: string, fields: Record<string, unknown>): AnyReadDocument {
  const lignes = fields.lignes as Array<{ nature: string; demande: number; vote: number }> | undefined;
  const sum = (key: 'demande' | 'vote', nature?: string) =>
    (lignes ?? []).filter((l) => !nature || l.nature === nature).reduce((total, l) => total + l[key], 0);
  return {
    _id: id,
    dossierId: id,
    annee: 2024,
    statut: fields.decision === 'retenu' ? 'retenu' : 'depose',
    coutTotal: 1000,
    totaux: { demande: sum('demande'), vote: sum('vote') },
    totauxParNature: {
      droit_commun: { demande: sum('demande', 'droit_commun'), vote: sum('vote', 'droit_commun') },
      credits_specifiques: { demande: sum('demande', 'credits_specifiques'), vote: sum('vote', 'credits_specifiques') },
    },
    ...fields,
  };
}
