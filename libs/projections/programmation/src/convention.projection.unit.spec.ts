import { projectionSpec, recordEvents } from '@cdv/testing';
import { conventionProjection } from './convention.projection';
import { scenario } from './scenario.mother';

const events = recordEvents(scenario(), { tenantId: 'mel' });

describe('convention read model', () => {
  it('links the dossiers of its years and sums its tranches', () => {
    projectionSpec(conventionProjection)
      .given(events)
      .then([
        {
          _id: 'conv-d1',
          typeConvention: 'annuelle',
          anneeDebut: 2024,
          anneeFin: 2024,
          dossiers: [{ dossierId: 'd1', annee: 2024 }],
          tranches: [
            {
              annee: 2024,
              dossierId: 'd1',
              ligneId: 'prefecture-nord:credits_specifiques',
              financeurId: 'prefecture-nord',
              montant: 4_000_00,
              numeroEngagementJuridique: 'EJ-1',
            },
          ],
        },
      ]);
  });
});
