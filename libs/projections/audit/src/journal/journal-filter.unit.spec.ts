import { recordEvents } from '@cdv/testing';
import { invalidDateRange, matchesJournalFilter } from './journal-filter';

const [depot, vote, comite, autre] = recordEvents(
  [
    { stream: 'mel:dossier-1', event: { type: 'DossierDepose', data: { dossierId: '1', plan: [{ financeurId: 'caf', montant: 100 }] } } },
    {
      stream: 'mel:dossier-1',
      event: { type: 'FinancementVote', data: { dossierId: '1', financeurId: 'etat-bop147' } },
      metadata: { actor: { userId: 'u-etat', role: 'instructeur', organisationId: 'etat' }, effectiveAt: '2024-01-10' },
    },
    { stream: 'mel:comite-2024-1', event: { type: 'ComiteTenu', data: { dossierIds: ['1', '2'] } } },
    { stream: 'mel:dossier-2', event: { type: 'DossierDepose', data: { dossierId: '2' } } },
  ],
  { startAt: '2024-01-15T09:00:00.000Z' },
);
const all = [depot, vote, comite, autre];
const ids = (filter: Parameters<typeof matchesJournalFilter>[1]) =>
  all.filter((event) => matchesJournalFilter(event, filter)).map((event) => all.indexOf(event));

describe('matchesJournalFilter', () => {
  it('filters by actor, organisation and types', () => {
    expect(ids({ userId: 'u-etat' })).toEqual([1]);
    expect(ids({ organisationId: 'etat' })).toEqual([1]);
    expect(ids({ eventTypes: ['DossierDepose', 'ComiteTenu'] })).toEqual([0, 2, 3]);
    expect(ids({ eventTypes: [] })).toEqual([0, 1, 2, 3]);
  });

  it('filters by recorded and effective dates (from inclusive, to exclusive)', () => {
    expect(ids({ recorded: { from: '2024-01-15T09:01:00.000Z', to: '2024-01-15T09:03:00.000Z' } })).toEqual([1, 2]);
    // The vote took effect on 10 January; the others have no separate effective date (recorded on 15 January).
    expect(ids({ effective: { to: '2024-01-15' } })).toEqual([1]);
    expect(ids({ effective: { from: '2024-01-15' } })).toEqual([0, 2, 3]);
  });

  it('filters by stream, dossier (own stream and references) and financeur (at any depth)', () => {
    expect(ids({ stream: 'dossier-1' })).toEqual([0, 1]);
    expect(ids({ stream: 'mel:dossier-1' })).toEqual([0, 1]);
    expect(ids({ dossierId: '1' })).toEqual([0, 1, 2]);
    expect(ids({ dossierId: '2' })).toEqual([2, 3]);
    expect(ids({ financeurId: 'caf' })).toEqual([0]);
    expect(ids({ financeurId: 'etat-bop147', userId: 'u-etat' })).toEqual([1]);
  });

  it('names a malformed date', () => {
    expect(invalidDateRange({ recorded: { from: 'hier' } })).toEqual({ field: 'recorded.from', value: 'hier' });
    expect(invalidDateRange({ effective: { to: '2024-02-01' } })).toBeNull();
  });
});
