import { projectionSpec, recordEvents } from '@cdv/testing';
import { comiteProjection } from './comite.projection';
import { scenario } from './scenario.mother';

const events = recordEvents(scenario(), { tenantId: 'mel' });

describe('comité read model', () => {
  it('keeps the members, the decisions as decided and who recorded them', () => {
    projectionSpec(comiteProjection)
      .given(events)
      .then([
        {
          _id: '2024-1',
          annee: 2024,
          date: '2024-03-28',
          statut: 'convoque',
          presents: ['prefecture-nord', 'region-hdf', 'ville-roubaix'],
          comptes: { retenus: 1, nonRetenus: 1, ajournes: 0 },
          totalVote: 4_000_00,
          decisions: [
            expect.objectContaining({ dossierId: 'd1', decision: 'retenu', par: 'agent-1' }),
            expect.objectContaining({ dossierId: 'd4', decision: 'non_retenu' }),
          ],
        },
      ]);
  });
});
