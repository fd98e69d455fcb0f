import { startTestApp, type GraphqlClient, type TestApp } from '@cdv/app-harness';
import { dossierStream } from '@cdv/domain-programmation';
import type { EventStore } from '@cdv/eventsourcing';
import { EVENT_STORE } from '@cdv/platform';
import { StandaloneModule } from '@cdv/topologies';
import { APPEL_2025, creerReferentiel, depot, euros, executer, montant, refuser } from './programmation-fixture';

/**
 * Issue 12 §4 and §8 through the API: every amount and count is bounded where it enters, every text and list that
 * reaches the permanent log too (VALIDATION_FAILED naming the field); a year's summary at the ceilings is exact,
 * and events stored before the bounds with absurd amounts no longer break `programmation(annee)`.
 */
const TENANT = 'cahc';
const PROGRAMMATION = `query($annee: Int!, $regle: RegleComptage) { programmation(annee: $annee, regleDeComptage: $regle) {
  comptes { deposes retenus projetsRetenus coutTotalDeposes coutTotalRetenus }
  parFinanceur { categorie demande vote }
  parPilier { cle projets coutTotal vote { total creditsSpecifiques } }
} }`;
interface Summary {
  comptes: { deposes: number } & Record<string, unknown>;
  parFinanceur: unknown[];
  parPilier: unknown[];
}
const LEDGER = `query($annee: Int!) { lignesFinancement(annee: $annee) { financeurId demande vote enveloppe disponible depassement } }`;

describe('input limits and exact sums', () => {
  let app: TestApp;
  let agent: GraphqlClient;
  let admin: GraphqlClient;

  beforeAll(async () => {
    app = await startTestApp('standalone', StandaloneModule.forRoot);
    await creerReferentiel(app, TENANT);
    agent = await app.clientFor(TENANT, 'agent');
    admin = await app.clientFor(TENANT, 'admin');
    await executer(agent, 'ouvrirAppelAProjets', APPEL_2025);
  });
  afterAll(() => app.close());

  describe('§8: what enters the permanent log is bounded, with the field named', () => {
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['a 3 000-character reason', { reason: 'r'.repeat(3_000) }, 'reason'],
      ['a 300-character commandId', { commandId: 'c'.repeat(300) }, 'commandId'],
      ['a NUL in the title', { titre: 'Ateliers\u0000' }, 'titre'],
      ['half a surrogate pair in the description', { description: 'Ateliers \ud800 numériques' }, 'description'],
      ['51 publics', { publics: Array.from({ length: 51 }, (_, index) => `public ${index}`) }, 'publics'],
      ['a 10 000-character public', { publics: ['p'.repeat(10_000)] }, 'publics[0]'],
      ['2³¹−1 actions', { nombreActions: 2 ** 31 - 1 }, 'nombreActions'],
      ['an amount over one billion euros', { coutTotal: '1000000000.01' }, 'Montant'],
      ['an impossible business date', { effectiveAt: '2025-02-30T00:00:00Z' }, 'DateTime'],
      ['a date in year 9999', { dateFin: '9999-12-31' }, 'Date'],
      ['a date in year 0000', { dateDebut: '0000-01-01' }, 'Date'],
      ['a year 0', { annee: 0 }, 'annee'],
    ];
    it.each(cases)('refuses %s', async (_name, overrides, field) => {
      const error = await refuser(agent, 'deposerDossier', depot('borne', 'asso-1', overrides), 'VALIDATION_FAILED');
      expect(error.extensions?.field).toBe(field);
      expect(error.message).not.toMatch(/internal/i);
    });

    it('refuses a 1 MB reason and a 900 KB commandId without writing anything (the body limit or the bound answers)', async () => {
      for (const overrides of [{ reason: 'r'.repeat(1_000_000) }, { commandId: 'c'.repeat(900_000) }]) {
        const response = await agent.request(`mutation($input: DeposerDossierInput!) { deposerDossier(input: $input) { revision } }`, {
          input: depot('borne-grande', 'asso-1', overrides),
        });
        expect(['VALIDATION_FAILED', 'PAYLOAD_TOO_LARGE']).toContain(response.errors?.[0]?.extensions?.code);
      }
      await agent.fails(`query { dossier(id: "borne-grande") { id } }`, {}, 'NOT_FOUND');
    });

    it('refuses the SIRET 00000000000000 and a SIRET failing Luhn', async () => {
      for (const siret of ['00000000000000', '73282932000075']) {
        const response = await admin.request(`mutation($input: EnregistrerPartenaireInput!) { enregistrerPartenaire(input: $input) { revision } }`, {
          input: { partenaireId: `asso-${siret}`, nature: 'association', nom: 'Association', roles: ['porteur'], siret },
        });
        expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'Siret' });
      }
    });

    it('refuses to open a workspace whose id could not name its MongoDB database (over 40 characters)', async () => {
      const tenant = `t${'x'.repeat(40)}`;
      const admin = await app.clientFor(tenant, 'admin');
      const response = await admin.request(`mutation($input: OuvrirTerritoireInput!) { ouvrirTerritoire(input: $input) { revision } }`, {
        input: { nom: 'EPCI', siren: null, nature: 'ca' },
      });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'tenant', value: tenant });
    });

    it('refuses an impossible asOf instead of reading 2 March', async () => {
      const response = await agent.request(`query { programmation(annee: 2025, asOf: "2025-02-30T00:00:00Z") { annee } }`);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'DateTime' });
    });
  });

  describe('§4: amounts at the ceiling, and sums beyond 2^53 cents', () => {
    it('accepts amounts at the ceiling and sums a summary of them exactly', async () => {
      const ceiling = '1000000000.00';
      for (const dossierId of ['plafond-1', 'plafond-2', 'plafond-3']) {
        await executer(agent, 'deposerDossier', depot(dossierId, 'asso-1', { coutTotal: ceiling, nombreActions: 1000 }));
        await executer(agent, 'demanderFinancement', { dossierId, financeurId: 'etat', nature: 'credits_specifiques', montant: ceiling });
        await executer(agent, 'mettreEnInstruction', { dossierId });
        await executer(agent, 'voterFinancement', { dossierId, ligneId: 'etat:credits_specifiques', montant: ceiling });
        await executer(agent, 'retenirDossier', { dossierId });
      }
      const { programmation } = await agent.ok<{ programmation: Summary }>(PROGRAMMATION, { annee: 2025, regle: 'action_declaree' });
      expect(programmation.comptes).toEqual({
        deposes: 3,
        retenus: 3,
        projetsRetenus: 3000,
        coutTotalDeposes: '3000000000.00',
        coutTotalRetenus: '3000000000.00',
      });
      expect(programmation.parFinanceur).toEqual([{ categorie: 'etat_credits_specifiques', demande: '3000000000.00', vote: '3000000000.00' }]);
      const { lignesFinancement } = await agent.ok<{ lignesFinancement: Array<Record<string, unknown>> }>(LEDGER, { annee: 2025 });
      expect(lignesFinancement.find((row) => row.financeurId === 'etat')).toMatchObject({
        vote: '3000000000.00',
        enveloppe: montant(euros(300_000)),
        disponible: '-2999700000.00',
        depassement: true,
      });
    });

    it('still answers, exactly, over events stored before the ceiling with amounts near 2^53 cents', async () => {
      const store = app.app.get<EventStore>(EVENT_STORE);
      const huge = Number.MAX_SAFE_INTEGER;
      const actor = { userId: 'ancien', role: 'agent' as const };
      for (const dossierId of ['ancien-1', 'ancien-2', 'ancien-3']) {
        const data = { dossierId };
        const ligne = { dossierId, ligneId: 'etat:credits_specifiques' };
        await store.append(
          dossierStream(TENANT, dossierId),
          [
            {
              type: 'DossierDepose',
              data: {
                ...data,
                annee: 2030,
                porteur: { id: 'asso-1', nom: 'Les Petits Débrouillards', kind: 'association' },
                titre: `Ancien ${dossierId}`,
                description: '',
                publics: [],
                perimetre: { type: 'intercommunal' },
                qpv: [],
                classement: { pilier: { id: 'v1.P1', libelle: 'Cohésion sociale' } },
                coutTotal: huge,
                dateDebut: '2030-01-01',
                dateFin: '2030-12-31',
                nombreActions: 2 ** 31 - 1,
                serie: { id: dossierId, rang: 1 },
                depotTardif: false,
              },
            },
            {
              type: 'FinancementDemande',
              data: {
                ...ligne,
                financeur: { id: 'etat', nom: 'Préfecture du Nord', categorie: 'etat_credits_specifiques' },
                nature: 'credits_specifiques',
                modalite: 'numeraire',
                montant: huge,
                avertissements: [],
              },
            },
            { type: 'DossierMisEnInstruction', data },
            { type: 'FinancementVote', data: { ...ligne, montant: huge, avertissements: [] } },
            { type: 'DossierRetenu', data },
          ].map((event) => ({ ...event, metadata: { tenantId: TENANT, actor, source: 'migration' as const } })),
          { expectedRevision: 'no_stream' },
        );
      }
      const three = '270215977642229.73'; // 3 × (2^53 − 1) cents, which a sum of doubles cannot write
      let answer: Summary | undefined;
      for (let attempt = 0; attempt < 50 && answer?.comptes?.deposes !== 3; attempt++) {
        const response = await agent.request<{ programmation: Summary }>(PROGRAMMATION, { annee: 2030, regle: 'action_declaree' });
        expect(response.errors).toBeUndefined();
        answer = response.data?.programmation;
        if (answer?.comptes?.deposes !== 3) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(answer?.comptes).toEqual({ deposes: 3, retenus: 3, projetsRetenus: 3000, coutTotalDeposes: three, coutTotalRetenus: three });
      expect(answer?.parPilier).toEqual([{ cle: 'v1.P1', projets: 3000, coutTotal: three, vote: { total: three, creditsSpecifiques: three } }]);
      const { lignesFinancement } = await agent.ok<{ lignesFinancement: Array<Record<string, unknown>> }>(LEDGER, { annee: 2030 });
      expect(lignesFinancement).toEqual([{ financeurId: 'etat', demande: three, vote: three, enveloppe: null, disponible: null, depassement: false }]);
    });
  });
});
