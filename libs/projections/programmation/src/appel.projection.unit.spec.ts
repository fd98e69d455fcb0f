import { find } from 'mingo';
import { project, projectionSpec, recordEvents } from '@cdv/testing';
import { appelProjection } from './appel.projection';
import { appelFilter, appelsQuery } from './appel.queries';
import { region, scenario } from './scenario.mother';

const events = recordEvents(scenario(), { tenantId: 'mel' });

describe('appel read model', () => {
  it('holds the year\u2019s calendar, envelopes and status', () => {
    projectionSpec(appelProjection)
      .given(events)
      .then([
        {
          _id: '2024',
          annee: 2024,
          statut: 'clos',
          ouvertureLe: '2023-11-15',
          clotureLe: '2024-01-31',
          closLe: '2024-02-01',
          enveloppes: [
            expect.objectContaining({ financeurId: 'prefecture-nord', nature: 'credits_specifiques', montant: 10_000_00 }),
            expect.objectContaining({ financeurId: 'region-hdf', nature: null, montant: 3_000_00 }),
            expect.objectContaining({ financeurId: 'caf-nord', montant: 5_000_00 }),
          ],
          comites: [{ comiteId: '2024-1', date: '2024-03-28', libelle: 'Comité des financeurs' }],
        },
      ]);
  });

  it('replaces an envelope when it is fixed again, and follows the year to its closure', () => {
    const later = recordEvents(
      [
        { stream: 'mel:appel-2024', event: { type: 'EnveloppeFixee', data: { annee: 2024, financeur: region, montant: 3_500_00, avant: 3_000_00 } } },
        {
          stream: 'mel:appel-2024',
          event: { type: 'ComitePlanifie', data: { annee: 2024, comiteId: '2024-2', date: '2024-06-20', libelle: 'Comité de juin' } },
        },
        { stream: 'mel:appel-2024', event: { type: 'ExerciceCloture', data: { annee: 2024, clotureLe: '2025-12-31' } } },
      ],
      { tenantId: 'mel', firstPosition: events.length + 1 },
    );
    const [appel] = [...project(appelProjection, [...events, ...later]).values()];
    expect(appel.enveloppes.filter((e) => e.financeurId === region.id)).toEqual([expect.objectContaining({ montant: 3_500_00 })]);
    expect(appel.comites.map((c) => c.comiteId)).toEqual(['2024-1', '2024-2']);
    expect(appel).toMatchObject({ statut: 'exercice_clos', exerciceClotureLe: '2025-12-31' });
    expect(find([appel], appelFilter(2024)).all()).toHaveLength(1);
    expect(appelsQuery.sort).toEqual({ annee: -1 });
  });
});
