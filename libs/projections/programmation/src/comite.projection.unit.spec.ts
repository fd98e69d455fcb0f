import { projectionSpec, recordEvents } from '@cdv/testing';
import { comiteProjection, totalVoteDuComite } from './comite.projection';
import { totalEngageDeLaConvention } from './convention.projection';
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
          decisions: [
            expect.objectContaining({ dossierId: 'd1', decision: 'retenu', par: 'agent-1' }),
            expect.objectContaining({ dossierId: 'd4', decision: 'non_retenu' }),
          ],
        },
      ]);
  });

  it('sums the votes (and a convention its tranches) exactly when read, past 2^53 cents for amounts recorded before the ceiling', () => {
    const huge = Number.MAX_SAFE_INTEGER;
    const vote = { ligneId: 'etat:credits_specifiques', financeurId: 'etat', resultat: 'vote' as const, montant: huge };
    const refus = { ligneId: 'region:droit_commun', financeurId: 'region', resultat: 'refuse' as const };
    const decision = { dossierId: 'd', decision: 'retenu' as const, lignes: [vote, refus], eventId: 'e', arreteeLe: '2024-03-28', par: 'agent' };
    expect(totalVoteDuComite({ decisions: [decision, decision] })).toBe(2n * BigInt(huge));
    expect(totalVoteDuComite({ decisions: [{ ...decision, lignes: [{ ...vote, montant: 4_000_00 }] }] })).toBe(4_000_00);
    const tranche = { annee: 2024, dossierId: 'd', ligneId: 'l', financeurId: 'etat', montant: huge, numeroEngagementJuridique: null };
    expect(totalEngageDeLaConvention({ tranches: [tranche, tranche, { ...tranche, montant: 2 }] })).toBe(2n * BigInt(huge) + 2n);
  });
});
