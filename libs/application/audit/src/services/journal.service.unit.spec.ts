import { MemoryEventStore } from '@cdv/eventsourcing';
import { runCommand, seedProgrammation } from './audit.mother';
import { decodeJournalCursor, encodeJournalCursor, JournalService } from './journal.service';

/** A real event in a new stream of the tenant: a comité convened. */
const convoquer = (store: MemoryEventStore, tenant: string, round: number) =>
  runCommand(store, `${tenant}:comite-r${round}`, 'ConvoquerComite', {
    comiteId: `r${round}`,
    annee: 2024,
    date: '2024-10-01',
    libelle: `Comité ${round}`,
    membres: [{ organisationId: 'etat', nom: 'Préfecture', qualite: 'financeur' }],
  });

async function store() {
  const events = new MemoryEventStore();
  await seedProgrammation(events);
  await seedProgrammation(events, 'lille');
  return events;
}

describe('JournalService', () => {
  it('filters the tenant log by actor, organisation, types, dossier, financeur and dates', async () => {
    const journal = new JournalService(await store());
    const types = async (filter: Parameters<JournalService['journal']>[1]) =>
      (await journal.journal('mel', filter)).events.map((event) => `${event.streamId}:${event.type}`);
    expect(await types({ userId: 'u-etat' })).toEqual(['dossier-1:AvisEmis']);
    expect(await types({ organisationId: 'etat' })).toEqual(['dossier-1:AvisEmis']);
    expect(await types({ eventTypes: ['AppelAProjetsOuvert'] })).toEqual(['appel-2023:AppelAProjetsOuvert', 'appel-2024:AppelAProjetsOuvert']);
    // The comité's decision names dossier 1 in decisions[].dossierId, the convention in dossiers[].dossierId.
    expect(await types({ dossierId: '1' })).toEqual([
      'dossier-1:DossierDepose',
      'dossier-1:FinancementDemande',
      'dossier-1:DossierMisEnInstruction',
      'dossier-1:AvisEmis',
      'comite-2024-1:ProgrammationArretee',
      'dossier-1:FinancementVote',
      'dossier-1:DossierRetenu',
      'convention-9:ConventionSignee',
      'dossier-1:DossierConventionne',
    ]);
    // The Région's line, named in its id (`region:droit_commun`), and the comité where it sits and votes.
    expect(await types({ financeurId: 'region' })).toEqual([
      'dossier-2:FinancementDemande',
      'comite-2024-1:ComiteConvoque',
      'comite-2024-1:ProgrammationArretee',
      'dossier-2:FinancementVote',
    ]);
    expect(await types({ stream: 'dossier-3' })).toEqual([
      'dossier-3:DossierDepose',
      'dossier-3:FinancementDemande',
      'dossier-3:DossierMisEnInstruction',
      'dossier-3:FinancementVote',
      'dossier-3:DossierRetenu',
    ]);
    expect(await types({ effective: { from: '2024-04-12', to: '2024-04-13' } })).toEqual([
      'comite-2024-1:ProgrammationArretee',
      'dossier-1:FinancementVote',
      'dossier-1:DossierRetenu',
      'dossier-2:FinancementVote',
      'dossier-2:DossierRetenu',
    ]);
    expect(await types({ recorded: { to: '2000-01-01' } })).toEqual([]);
  });

  it("never returns another tenant's events", async () => {
    const page = await new JournalService(await store()).journal('mel', {}, { first: 500 });
    expect(page.events).toHaveLength(22);
    expect(page.events.every((event) => event.stream.startsWith('mel:'))).toBe(true);
    const lille = await new JournalService(await store()).journal('lille', { dossierId: '2', eventTypes: ['FinancementDemande', 'ProgrammationArretee'] });
    expect(lille.events.map((e) => `${e.stream}:${e.type}`)).toEqual(['lille:dossier-2:FinancementDemande', 'lille:comite-2024-1:ProgrammationArretee']);
  });

  it('pages by global position; a consumer resuming from its cursor sees every later event exactly once', async () => {
    const events = await store();
    const journal = new JournalService(events);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    // Read pages of 3 while writers keep appending, in both tenants.
    for (let round = 0; round < 12; round++) {
      const page = await journal.journal('mel', { eventTypes: [] }, { first: 3, after: cursor });
      seen.push(...page.events.map((event) => event.eventId));
      cursor = page.endCursor;
      pages += 1;
      if (round < 4) {
        await convoquer(events, 'mel', round);
        await convoquer(events, 'lille', round);
      }
      if (!page.hasNextPage && round >= 4) break;
    }
    const all = (await events.readAll({ tenant: 'mel' })).map((event) => event.id);
    expect(seen).toEqual(all);
    expect(new Set(seen).size).toBe(seen.length);
    expect(pages).toBeGreaterThanOrEqual(5);
    // Caught up: the cursor stays, an empty page says so, and the next append shows up once.
    const idle = await journal.journal('mel', {}, { after: cursor });
    expect(idle).toEqual({ events: [], endCursor: cursor, hasNextPage: false });
    const [later] = await convoquer(events, 'mel', 99);
    expect((await journal.journal('mel', {}, { after: cursor })).events.map((event) => event.eventId)).toEqual([later.id]);
  });

  it('moves the cursor past events that do not match, and stops a long scan with hasNextPage', async () => {
    const events = await store();
    const journal = new JournalService(events, { scanLimit: 4 });
    const first = await journal.journal('mel', { eventTypes: ['ConventionSignee'] }, { first: 1 });
    expect(first.events.map((e) => e.type)).toEqual(['ConventionSignee']);
    const scanned = await journal.journal('mel', { userId: 'nobody' }, { first: 10 });
    expect(scanned).toMatchObject({ events: [], hasNextPage: true });
    expect(decodeJournalCursor(scanned.endCursor)).toBeGreaterThan(0);
    const next = await journal.journal('mel', { userId: 'nobody' }, { first: 10, after: scanned.endCursor });
    expect(decodeJournalCursor(next.endCursor)).toBeGreaterThan(decodeJournalCursor(scanned.endCursor));
  });

  it('refuses a page size above 500, a forged cursor and a malformed date', async () => {
    const journal = new JournalService(await store());
    await expect(journal.journal('mel', {}, { first: 501 })).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'first' } });
    await expect(journal.journal('mel', {}, { first: 0 })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(journal.journal('mel', {}, { after: 'bm9wZQ' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'after' } });
    await expect(journal.journal('mel', { recorded: { from: '31/12/2024' } })).rejects.toMatchObject({ details: { field: 'recorded.from' } });
    await expect(journal.journal('Mel', {})).rejects.toMatchObject({ details: { field: 'tenant' } });
    expect(decodeJournalCursor(encodeJournalCursor(42))).toBe(42);
  });
});
