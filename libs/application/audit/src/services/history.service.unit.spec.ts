import { MemoryEventStore, UpcasterRegistry, type DomainEvent } from '@cdv/eventsourcing';
import type { StateFolder } from '@cdv/projections-audit';
import { AUDIT_FOLDERS } from '../audit-services';
import { appendEvent, seedProgrammation } from './audit.mother';
import { HistoryService } from './history.service';

/** A toy state for the upcasting test only (an old event shape): the other tests fold with the real deciders. */
const toyDossier = {
  initialState: (): { titre?: string } => ({}),
  evolve: (state: { titre?: string }, event: DomainEvent<string, { titre?: string }>) => (event.type === 'DossierDepose' ? { titre: event.data.titre } : state),
};

describe('HistoryService', () => {
  async function store() {
    const events = new MemoryEventStore();
    await seedProgrammation(events);
    await seedProgrammation(events, 'lille');
    return events;
  }

  it('lists every event of a stream with actor, dates, labels and the field-level diff of the real state', async () => {
    const history = await new HistoryService(await store(), { folders: AUDIT_FOLDERS }).historique('mel', 'dossier-1');
    expect(history.stream).toBe('mel:dossier-1');
    expect(history.entries.map((entry) => entry.label)).toEqual([
      'Dossier déposé',
      'Financement demandé',
      'Dossier mis en instruction',
      'Avis émis',
      'Financement voté',
      'Dossier retenu',
      'Dossier conventionné',
    ]);
    expect(history.entries[3]).toMatchObject({
      diffBasis: 'state',
      changes: [{ path: 'avis.etat', kind: 'added', after: 'favorable' }],
      actor: { userId: 'u-etat', role: 'instructeur', organisationId: 'etat' },
      effectiveAt: '2024-04-10',
      source: 'api',
    });
    expect(history.entries[4]).toMatchObject({
      changes: [
        { path: 'lignes.etat:credits_specifiques.statut', kind: 'changed', before: 'demande', after: 'vote' },
        { path: 'lignes.etat:credits_specifiques.vote', kind: 'changed', before: null, after: 450000 },
      ],
      effectiveAt: '2024-04-12',
    });
    expect(history.entries[4].recordedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('diffs payloads for streams without a registered decider', async () => {
    const history = await new HistoryService(await store()).historique('mel', 'mel:comite-2024-1');
    expect(history.entries[0]).toMatchObject({
      diffBasis: 'payload',
      changes: expect.arrayContaining([
        { path: 'date', kind: 'added', after: '2024-04-12' },
        { path: 'membres', kind: 'added', after: [expect.objectContaining({ organisationId: 'etat' }), expect.objectContaining({ organisationId: 'region' })] },
      ]),
    });
  });

  it('answers as of a position', async () => {
    const events = await store();
    const [, demande] = await events.readStream('mel:dossier-1');
    const history = await new HistoryService(events).historique('mel', 'dossier-1', { asOfPosition: demande.position });
    expect(history.entries).toHaveLength(2);
    const before = await new HistoryService(events).historique('mel', 'dossier-1', { asOf: '2000-01-01T00:00:00Z' });
    expect(before.entries).toHaveLength(0);
  });

  it('upcasts old event versions before folding', async () => {
    const events = new MemoryEventStore();
    await appendEvent(events, 'mel:dossier-5', 'DossierDepose', { intitule: 'Ancien nom du champ' });
    const upcasters = new UpcasterRegistry([{ type: 'DossierDepose', fromVersion: 1, upcast: (data) => ({ titre: (data as { intitule: string }).intitule }) }]);
    const history = await new HistoryService(events, { folders: { dossier: toyDossier as StateFolder }, upcasters }).historique('mel', 'dossier-5');
    expect(history.entries[0]).toMatchObject({ schemaVersion: 2, changes: [{ path: 'titre', after: 'Ancien nom du champ' }] });
  });

  it("refuses another tenant's stream and names a missing one", async () => {
    const service = new HistoryService(await store());
    await expect(service.historique('mel', 'lille:dossier-1')).rejects.toMatchObject({ code: 'TENANT_MISMATCH' });
    await expect(service.historique('mel', 'dossier-404')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(service.historique('mel', 'pas un flux')).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(service.historique('mel', 'dossier-1', { asOf: 'hier' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'asOf' } });
  });
});
