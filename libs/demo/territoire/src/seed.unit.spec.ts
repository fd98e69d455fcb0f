import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CommandHandler, MemoryEventStore, type RecordedEvent } from '@cdv/eventsourcing';
import { deciderPourStream } from '@cdv/domain-territoire';
import {
  cadreStrategiqueProjection,
  chiffresDeclaresProjection,
  engagementsProjection,
  indicateursProjection,
  partenairesProjection,
  qpvsProjection,
  territoireProjection,
  type ChiffresDeclaresDocument,
  type TerritoireDocument,
} from '@cdv/projections-territoire';
import { project } from '@cdv/testing';
import { FIXTURES_PAR_TENANT, fixtureToCommands, type TenantSeed } from './fixture-to-commands';
import type { SeedCommand } from './seed-builder';

// The repository's copy of the shared fixtures (fixtures/README.md).
const FIXTURES = join(__dirname, '../fixtures');
const fixture = (tenant: TenantSeed): unknown => JSON.parse(readFileSync(join(FIXTURES, FIXTURES_PAR_TENANT[tenant]), 'utf8'));
const TENANTS = Object.keys(FIXTURES_PAR_TENANT) as TenantSeed[];

async function seeder(commands: readonly SeedCommand[], store = new MemoryEventStore()) {
  const handler = new CommandHandler(store);
  const results = [];
  for (const { stream, command } of commands) {
    const decider = deciderPourStream(stream);
    if (!decider) throw new Error(`no decider for ${stream}`);
    results.push({ stream, command, result: await handler.handle(decider, { stream, command }) });
  }
  return { store, results };
}

const seeded = new Map<TenantSeed, { commands: SeedCommand[]; events: RecordedEvent[] }>();
beforeAll(async () => {
  for (const tenant of TENANTS) {
    const commands = fixtureToCommands(fixture(tenant), tenant);
    const { store } = await seeder(commands);
    seeded.set(tenant, { commands, events: await store.readAll() });
  }
});

const territoire = (tenant: TenantSeed) => project(territoireProjection, seeded.get(tenant)!.events).get(tenant)! as TerritoireDocument;
const chiffres = (tenant: TenantSeed) => project(chiffresDeclaresProjection, seeded.get(tenant)!.events).get(tenant)! as ChiffresDeclaresDocument;

describe('fixtureToCommands', () => {
  it.each(TENANTS)('%s: every command is accepted by its decider and carries the seed metadata', async (tenant) => {
    const commands = fixtureToCommands(fixture(tenant), tenant);
    const { results } = await seeder(commands);
    const refused = results
      .filter((r) => !r.result.ok)
      .map((r) => ({ stream: r.stream, type: r.command.type, refusal: r.result.ok ? null : r.result.refusal }));
    expect(refused).toEqual([]);
    for (const { stream, command } of commands) {
      expect(stream.startsWith(`${tenant}:`)).toBe(true);
      expect(command.metadata).toMatchObject({
        tenantId: tenant,
        source: 'import',
        actor: { userId: 'seed', role: 'system' },
        provenance: { document: expect.stringMatching(/^\d{3}_[0-9a-f]+\.txt$/) },
      });
      expect(command.metadata.commandId).toMatch(new RegExp(`^seed:${tenant}:`));
    }
    expect(new Set(commands.map((c) => c.command.metadata.commandId)).size).toBe(commands.length);
  });

  it.each(TENANTS)('%s: seeding twice appends nothing (same commandIds; deciders see the same facts)', async (tenant) => {
    const { store } = await seeder(fixtureToCommands(fixture(tenant), tenant));
    const before = (await store.readAll()).length;
    const { results } = await seeder(fixtureToCommands(fixture(tenant), tenant), store);
    expect((await store.readAll()).length).toBe(before);
    expect(results.every((r) => r.result.ok && (r.result.replayed || r.result.events.length === 0))).toBe(true);
    // Without commandIds, the deciders alone recognise the facts and decide nothing.
    const anonymous = fixtureToCommands(fixture(tenant), tenant).map(({ stream, command }) => ({
      stream,
      command: { ...command, metadata: { ...command.metadata, commandId: undefined } },
    }));
    await seeder(anonymous, store);
    expect((await store.readAll()).length).toBe(before);
  });

  it('is deterministic', () => {
    for (const tenant of TENANTS) expect(fixtureToCommands(fixture(tenant), tenant)).toEqual(fixtureToCommands(fixture(tenant), tenant));
  });

  it('refuses a fixture that is not the tenant’s', () => {
    expect(() => fixtureToCommands(fixture('cabbalr'), 'grand-nancy')).toThrow(/grand-nancy.json/);
    expect(() => fixtureToCommands(fixture('cabbalr'), 'inconnu')).toThrow(/no fixture/);
  });
});

describe('read models after seeding', () => {
  it('Valenciennes: 35 888 inhabitants in QPV of 190 459, stated 20 %, computed 18.84 %, flagged', () => {
    const doc = territoire('valenciennes-metropole');
    expect(doc.partPopulationQpv).toMatchObject({
      declaree: '20',
      declareeImprimee: '20%',
      calculee: '18.84',
      ecart: true,
      source: { document: '001_6b27c45a3e7210a6.txt', localisation: 'L869' },
    });
    expect(doc.populationQpv).toMatchObject({ declaree: '35888', declareeImprimee: '35 888' });
    expect(doc.population).toMatchObject({ declaree: '190459' });
    // 14 QPV named in the document = 14 stated; they lie in 12 communes (3 are intercommunal).
    expect(doc.comptes.qpv).toMatchObject({ calculee: '14', declaree: '14', ecart: false });
    expect(doc.comptes.communesAvecQpv).toMatchObject({ calculee: '12' });
    expect(doc.comptes.quartiersVeilleActive).toMatchObject({ calculee: '0', declaree: '20', ecart: true });
    expect(doc.communes.filter((c) => c.avecQpv)).toHaveLength(12);
    const flagged = chiffres('valenciennes-metropole').chiffres.find((c) => c.cle === 'part_population_qpv');
    expect(flagged).toMatchObject({ valeurImprimee: '20%', valeurCalculee: '18.84', statut: 'ecart' });
  });

  it('Valenciennes: QPV with aliases, intercommunal communes and employment rates', () => {
    const qpvs = project(qpvsProjection, seeded.get('valenciennes-metropole')!.events);
    expect(qpvs.size).toBe(14);
    expect(qpvs.get('vm-qpv-lecocq')).toMatchObject({ code: null, generation: 2015, alias: ['Cité Lecoq', 'Chanteclerc le Coq'], zonages: ['NPNRU'] });
    expect(qpvs.get('vm-qpv-rives-escaut')!.communes).toHaveLength(4);
    expect(qpvs.get('vm-qpv-pepiniere')!.statistiques).toEqual([expect.objectContaining({ indicateur: 'taux_emploi', valeur: '52.4', perimetre: 'qpv' })]);
  });

  it('Grand Nancy: 8 QPV on 9 communes of 20, stated only; the 20 communes are itemised', () => {
    const doc = territoire('grand-nancy');
    expect(doc.nature).toBe('metropole');
    expect(doc.historiqueNature).toEqual([
      { nature: 'cu', depuis: null },
      { nature: 'metropole', depuis: '2016-07' },
    ]);
    expect(doc.comptes.communes).toMatchObject({ calculee: '20', declaree: '20', ecart: false });
    expect(doc.comptes.qpv).toMatchObject({ declaree: '8', calculee: '0', ecart: true });
    expect(doc.comptes.communesAvecQpv).toMatchObject({ declaree: '9' });
    expect(doc.partPopulationQpv).toMatchObject({ declaree: '13', calculee: null, ecart: null });
    expect(project(qpvsProjection, seeded.get('grand-nancy')!.events).size).toBe(0);
    const partenaires = [...project(partenairesProjection, seeded.get('grand-nancy')!.events).values()];
    expect(partenaires.filter((p) => p.nature === 'conseil_citoyen')).toHaveLength(9);
  });

  it('CABBALR: 16 QPV on 14 communes plus 5 quartiers d’intérêt d’agglomération (stated), 6 QPV and 1 quartier named', () => {
    const doc = territoire('cabbalr');
    expect(doc.comptes.qpv).toMatchObject({ declaree: '16', calculee: '6', ecart: true });
    expect(doc.comptes.communesAvecQpv).toMatchObject({ declaree: '14' });
    expect(doc.comptes.quartiersInteretCommunautaire).toMatchObject({ declaree: '5', calculee: '1', ecart: true });
    expect(doc.comptes.communes).toMatchObject({ declaree: '100' });
    expect(doc.predecesseurs.map((p) => [p.nom, p.contratDeVille?.signeLe])).toEqual([
      ['Artois-Lys', '2015-05-21'],
      ['Artois Comm.', '2015-06-10'],
    ]);
    const qpvs = project(qpvsProjection, seeded.get('cabbalr')!.events);
    expect(qpvs.get('cabbalr-qpv-mont-liebaud')).toMatchObject({ alias: ['Mont Liébaut'], communes: [{ codeInsee: null, nom: 'Béthune' }] });
    expect(qpvs.get('cabbalr-qia-cite-10-fond-de-sains')).toMatchObject({
      categorie: 'quartier_interet_communautaire',
      reconnaissance: { instance: 'Conseil Communautaire', date: '2018-12', reference: null },
      communes: [
        { codeInsee: null, nom: 'Hersin-Coupigny' },
        { codeInsee: null, nom: 'Noeux-les-Mines' },
      ],
    });
  });

  it('CABBALR: cadre of 3 piliers / 7 orientations / 26 objectifs, 10 priorités / 38 sous-priorités, 37 indicators', () => {
    const cadre = project(cadreStrategiqueProjection, seeded.get('cabbalr')!.events).get('cv-cabbalr:v1')!;
    const count = (dimension: string, niveau: number) => cadre.noeuds.filter((n) => n.dimension === dimension && n.niveau === niveau).length;
    expect([count('piliers', 0), count('piliers', 1), count('piliers', 2)]).toEqual([3, 7, 26]);
    expect([count('feuille-de-route', 0), count('feuille-de-route', 1)]).toEqual([10, 38]);
    expect(count('axes-transversaux', 0)).toBe(3);
    expect(cadre.noeuds.find((n) => n.libelle.startsWith('Informar'))).toMatchObject({ libelleAffiche: expect.stringMatching(/^Informer /) });
    const indicateurs = [...project(indicateursProjection, seeded.get('cabbalr')!.events).values()];
    expect(indicateurs).toHaveLength(37);
    expect(indicateurs.every((i) => !i.renseigne)).toBe(true);
  });

  it('CABBALR: porteurs registered once each, conseils citoyens among them, the EPCI porteur merged with the tenant', () => {
    const partenaires = [...project(partenairesProjection, seeded.get('cabbalr')!.events).values()];
    expect(partenaires.filter((p) => p.nature === 'conseil_citoyen')).toHaveLength(4);
    expect(partenaires.find((p) => p._id === 'cabbalr')!.alias).toContain('CA DE BETHUNE- BRUAY ARTOIS-LYS ROMANE');
    // 57 rows, 4 names printed twice, 4 conseils citoyens.
    expect(partenaires.filter((p) => p.nature === 'association')).toHaveLength(57 - 4 - 4);
  });

  it('CAHC: 4 piliers, 16 objectifs stratégiques, 63 objectifs opérationnels, 4 axes transversaux', () => {
    const cadre = project(cadreStrategiqueProjection, seeded.get('cahc')!.events).get('cv-cahc:v1')!;
    const count = (dimension: string, niveau: number) => cadre.noeuds.filter((n) => n.dimension === dimension && n.niveau === niveau).length;
    expect([count('piliers', 0), count('piliers', 1), count('piliers', 2), count('axes-transversaux', 0)]).toEqual([4, 16, 63, 4]);
    expect(territoire('cahc')).toMatchObject({ nom: 'CAHC', nature: null });
  });

  it('MEL: engagements with their targets (ranges, yearly values, rules) and the contract extended to 2022', () => {
    const engagements = project(engagementsProjection, seeded.get('mel')!.events);
    expect(engagements.size).toBe(12);
    expect(engagements.get('E-AGIR-POUR-REUSSIR')!.cibles).toContainEqual(expect.objectContaining({ cible: { type: 'intervalle', min: '750', max: '850' } }));
    expect(engagements.get('E-MDIE-ORIENT-COACH')!.cibles.map((c) => c.ventilation)).toEqual(['DTML', 'DTML', 'DTMRT', 'DTMRT']);
    expect(engagements.get('E-MDIE-ORIENT-COACH')!.responsables).toEqual([{ partenaireId: 'departement-du-nord', libelle: 'Department du Nord' }]);
    expect(engagements.get('E-GPEC')!.responsables[0]).toEqual({ partenaireId: 'mel', libelle: 'MEL – Service Politique de la Ville et Service: MSDETE' });
    expect(engagements.get('E-HAB-SITES-SUIVIS')!.cibles[0]).toMatchObject({
      cible: { type: 'texte', texte: 'Augmentation ou maintien' },
      reference: { valeur: '50' },
    });
    const contrat = seeded.get('mel')!.events.filter((e) => e.type === 'ContratProroge');
    expect(contrat).toHaveLength(1);
    expect(contrat[0].data).toMatchObject({ nouvelleFin: '2022' });
    expect(contrat[0].metadata.reason).toMatch(/2019\.01817/);
    expect(territoire('mel').comptes.communesAvecQpv).toMatchObject({ declaree: '21' });
  });
});
