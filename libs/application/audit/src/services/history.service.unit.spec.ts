import { MemoryEventStore, UpcasterRegistry, type DomainEvent } from '@cdv/eventsourcing';
import type { StateFolder } from '@cdv/projections-audit';
import { appendEvent, seedProgrammation } from './audit.mother';
import { HistoryService } from './history.service';

/** A toy dossier decider's state: what the lead will register is the programmation's dossierDecider. */
interface Dossier {
  titre?: string;
  lignes: Array<{ financeurId: string; montantDemande?: number; montantVote?: number }>;
}
const toyDossier = {
  initialState: (): Dossier => ({ lignes: [] }),
  evolve(state: Dossier, event: DomainEvent<string, { titre?: string; financeurId?: string; montant?: number }>): Dossier {
    const { data } = event;
    switch (event.type) {
      case 'DossierDepose':
        return { ...state, titre: data.titre };
      case 'FinancementDemande':
        return { ...state, lignes: [...state.lignes, { financeurId: data.financeurId as string, montantDemande: data.montant }] };
      case 'FinancementVote':
        return { ...state, lignes: state.lignes.map((l) => (l.financeurId === data.financeurId ? { ...l, montantVote: data.montant } : l)) };
      default:
        return state;
    }
  },
};

describe('HistoryService', () => {
  async function store() {
    const events = new MemoryEventStore();
    await seedProgrammation(events);
    await seedProgrammation(events, 'lille');
    return events;
  }

  it('lists every event of a stream with actor, dates, labels and the field-level diff of the state', async () => {
    const history = await new HistoryService(await store(), { folders: { dossier: toyDossier as StateFolder } }).historique('mel', 'dossier-1');
    expect(history.stream).toBe('mel:dossier-1');
    expect(history.entries.map((entry) => entry.label)).toEqual(['Dossier déposé', 'Financement demandé', 'Financement voté']);
    expect(history.entries[2]).toMatchObject({
      diffBasis: 'state',
      changes: [{ path: 'lignes.etat-bop147.montantVote', kind: 'added', after: 450000 }],
      actor: { userId: 'u-etat', role: 'instructeur', organisationId: 'etat' },
      effectiveAt: '2024-04-12',
      source: 'api',
    });
    expect(history.entries[2].recordedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('diffs payloads for streams without a registered decider', async () => {
    const history = await new HistoryService(await store()).historique('mel', 'mel:comite-2024-1');
    expect(history.entries[0]).toMatchObject({
      diffBasis: 'payload',
      changes: [
        { path: 'date', after: '2024-04-12' },
        { path: 'dossierIds', after: ['1', '2'] },
      ],
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
