import { aggregate } from 'mingo';
import { project, recordEvents } from '@cdv/testing';
import { dossierListProjection } from './dossier-list.projection';
import { withExactSums } from './exact-sums';
import { porteurSummaryPipeline } from './porteur.queries';
import { scenario } from './scenario.mother';

describe('porteur view', () => {
  it('sums a porteur\u2019s dossiers year by year', () => {
    const documents = [...project(dossierListProjection, recordEvents(scenario(), { tenantId: 'mel' })).values()];
    expect(withExactSums(aggregate(documents, porteurSummaryPipeline('asso-a')))).toEqual([
      { annee: 2024, dossiers: 2, retenus: 2, demande: 10_500_00, vote: 8_000_00, verse: 2_000_00 },
    ]);
    expect(withExactSums(aggregate(documents, porteurSummaryPipeline('asso-c')))).toEqual([
      { annee: 2024, dossiers: 2, retenus: 0, demande: 1_500_00, vote: 0, verse: 0 },
    ]);
  });
});
