import type { DomainEvent } from '@cdv/eventsourcing';
import { recordEvents } from '@cdv/testing';
import { buildHistory, folderFor, type StateFolder } from './history';

/** A toy decider's state: a dossier with lines per financeur. */
interface ToyState {
  statut: string | null;
  titre?: string;
  lignes: Array<{ financeurId: string; montantDemande: number; montantVote?: number }>;
}
type ToyEvent =
  | DomainEvent<'DossierDepose', { titre: string }>
  | DomainEvent<'FinancementDemande', { financeurId: string; montant: number }>
  | DomainEvent<'FinancementVote', { financeurId: string; montant: number }>
  | DomainEvent<'Boom', Record<string, never>>;

const toy = {
  initialState: (): ToyState => ({ statut: null, lignes: [] }),
  evolve(state: ToyState, event: ToyEvent): ToyState {
    switch (event.type) {
      case 'DossierDepose':
        return { ...state, statut: 'depose', titre: event.data.titre };
      case 'FinancementDemande':
        return { ...state, lignes: [...state.lignes, { financeurId: event.data.financeurId, montantDemande: event.data.montant }] };
      case 'FinancementVote':
        return {
          ...state,
          lignes: state.lignes.map((ligne) => (ligne.financeurId === event.data.financeurId ? { ...ligne, montantVote: event.data.montant } : ligne)),
        };
      case 'Boom':
        throw new Error('evolve does not know Boom');
    }
  },
};

const events = recordEvents(
  [
    { stream: 'mel:dossier-7', event: { type: 'DossierDepose', data: { titre: 'Ateliers' } } },
    { stream: 'mel:dossier-7', event: { type: 'FinancementDemande', data: { financeurId: 'etat-bop147', montant: 500000 } } },
    { stream: 'mel:dossier-7', event: { type: 'FinancementDemande', data: { financeurId: 'region', montant: 200000 } } },
    {
      stream: 'mel:dossier-7',
      event: { type: 'FinancementVote', data: { financeurId: 'etat-bop147', montant: 450000 } },
      metadata: {
        actor: { userId: 'u-prefecture', role: 'instructeur', organisationId: 'etat' },
        effectiveAt: '2024-04-12',
        reason: 'comité du 12 avril',
        correlationId: 'c-1',
        causationId: 'k-1',
      },
    },
  ],
  { startAt: '2024-03-01T09:00:00.000Z' },
);

describe('buildHistory', () => {
  it('diffs the folded state before/after each event, with who, when and why', () => {
    // A Decider registers as it is: its evolve is a method, so its narrower parameters are accepted.
    const folder: StateFolder = toy;
    const history = buildHistory(events, { folder });
    expect(history.map((entry) => [entry.label, entry.diffBasis])).toEqual([
      ['Dossier déposé', 'state'],
      ['Financement demandé', 'state'],
      ['Financement demandé', 'state'],
      ['Financement voté', 'state'],
    ]);
    expect(history[0].changes).toEqual([
      { path: 'statut', kind: 'changed', before: null, after: 'depose' },
      { path: 'titre', kind: 'added', after: 'Ateliers' },
    ]);
    expect(history[2].changes).toEqual([
      { path: 'lignes.region.financeurId', kind: 'added', after: 'region' },
      { path: 'lignes.region.montantDemande', kind: 'added', after: 200000 },
    ]);
    expect(history[3]).toMatchObject({
      changes: [{ path: 'lignes.etat-bop147.montantVote', kind: 'added', after: 450000 }],
      actor: { userId: 'u-prefecture', role: 'instructeur', organisationId: 'etat' },
      recordedAt: '2024-03-01T09:03:00.000Z',
      effectiveAt: '2024-04-12',
      reason: 'comité du 12 avril',
      source: 'api',
      correlationId: 'c-1',
      causationId: 'k-1',
      commandId: null,
      stream: 'mel:dossier-7',
      streamId: 'dossier-7',
      revision: 3,
      hash: events[3].metadata.hash,
      prevHash: events[2].metadata.hash,
    });
  });

  it('falls back on the payload when no decider is registered', () => {
    const history = buildHistory(events.slice(1, 2));
    expect(history[0]).toMatchObject({
      diffBasis: 'payload',
      changes: [
        { path: 'financeurId', kind: 'added', after: 'etat-bop147' },
        { path: 'montant', kind: 'added', after: 500000 },
      ],
    });
  });

  it('still shows an event its evolve cannot fold, by payload, and goes on', () => {
    const withBoom = recordEvents([
      { stream: 'mel:dossier-8', event: { type: 'DossierDepose', data: { titre: 'A' } } },
      { stream: 'mel:dossier-8', event: { type: 'Boom', data: { x: 1 } } },
      { stream: 'mel:dossier-8', event: { type: 'DossierDepose', data: { titre: 'B' } } },
    ]);
    const history = buildHistory(withBoom, { folder: toy as StateFolder });
    expect(history[1]).toMatchObject({ diffBasis: 'payload', foldError: 'evolve does not know Boom', changes: [{ path: 'x', kind: 'added', after: 1 }] });
    expect(history[2].changes).toEqual([{ path: 'titre', kind: 'changed', before: 'A', after: 'B' }]);
  });

  it('keeps the before side even when evolve mutates its input', () => {
    const mutating: StateFolder<{ n: number }> = {
      initialState: () => ({ n: 0 }),
      evolve(state) {
        state.n += 1;
        return state;
      },
    };
    const history = buildHistory(events.slice(0, 2), { folder: mutating as StateFolder });
    expect(history.map((entry) => entry.changes)).toEqual([
      [{ path: 'n', kind: 'changed', before: 0, after: 1 }],
      [{ path: 'n', kind: 'changed', before: 1, after: 2 }],
    ]);
  });

  it('finds the folder by stream category', () => {
    const folders = { dossier: toy as StateFolder };
    expect(folderFor('mel:dossier-7', folders)).toBe(folders.dossier);
    expect(folderFor('mel:appel-2024', folders)).toBeNull();
    expect(folderFor('mel:constructor-1', folders)).toBeNull();
  });
});
