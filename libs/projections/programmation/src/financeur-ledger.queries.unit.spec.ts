import { aggregate } from 'mingo';
import { project, recordEvents } from '@cdv/testing';
import { appelProjection } from './appel.projection';
import { dossierListProjection } from './dossier-list.projection';
import { withExactSums } from './exact-sums';
import { avecEnveloppes, financeurLedgerPipeline, type LedgerRow } from './financeur-ledger.queries';
import { scenario } from './scenario.mother';

const events = recordEvents(scenario(), { tenantId: 'mel' });
const documents = [...project(dossierListProjection, events).values()];
const [appel] = [...project(appelProjection, events).values()];

describe('financeur ledger', () => {
  it('follows each financeur from demandé to justifié over every dossier of the year', () => {
    const rows = withExactSums<LedgerRow[]>(aggregate(documents, financeurLedgerPipeline({ annee: 2024 })));
    expect(rows.map((r) => r.financeurId)).toEqual(['prefecture-nord', 'region-hdf', 'ville-roubaix']);
    expect(rows[0]).toMatchObject({
      financeurNom: 'Préfecture du Nord',
      categories: ['etat_credits_specifiques'],
      lignes: 5,
      lignesVotees: 2,
      lignesRefusees: 1,
      dossiers: 5,
      demande: 4_500_00 + 3_000_00 + 2_000_00 + 1_000_00 + 500_00,
      vote: 7_000_00,
      engage: 4_000_00,
      verse: 2_000_00,
      parNature: { creditsSpecifiques: { vote: 7_000_00 }, droitCommun: { vote: 0 } },
    });
    expect(rows[1]).toMatchObject({ demande: 3_500_00, vote: 1_500_00, lignesRefusees: 1 });
  });

  it('compares the votes with the appel\u2019s envelope, including envelopes without any line', () => {
    const rows = avecEnveloppes(withExactSums<LedgerRow[]>(aggregate(documents, financeurLedgerPipeline({ annee: 2024 }))), appel);
    expect(rows.map((r) => [r.financeurId, r.enveloppe, r.consomme, r.disponible, r.depassement])).toEqual([
      ['caf-nord', 5_000_00, 0, 5_000_00, false],
      ['prefecture-nord', 10_000_00, 7_000_00, 3_000_00, false],
      ['region-hdf', 3_000_00, 1_500_00, 1_500_00, false],
      ['ville-roubaix', null, 1_000_00, null, false],
    ]);
    const tight = avecEnveloppes(withExactSums<LedgerRow[]>(aggregate(documents, financeurLedgerPipeline({ annee: 2024 }))), {
      enveloppes: [{ ...appel.enveloppes[0], montant: 6_000_00 }],
    });
    expect(tight.find((r) => r.financeurId === 'prefecture-nord')).toMatchObject({ disponible: -1_000_00, depassement: true });
  });

  it('narrows to one financeur', () => {
    const rows = withExactSums<LedgerRow[]>(aggregate(documents, financeurLedgerPipeline({ annee: 2024, financeurId: 'region-hdf' })));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ financeurId: 'region-hdf', dossiers: 2 });
  });
});
