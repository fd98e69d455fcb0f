import { aCommandMetadata, deciderSpec } from '@cdv/testing';
import { publicationOpenDataDecider, type DefinirPublicationOpenData, type PublicationOpenDataDefinie } from './publication-open-data.decider';

const definir = (active: boolean, attribuants: string[], overrides: Parameters<typeof aCommandMetadata>[0] = {}): DefinirPublicationOpenData => ({
  type: 'DefinirPublicationOpenData',
  data: { active, attribuants },
  metadata: aCommandMetadata({ role: 'admin', ...overrides }),
});
const definie = (active: boolean, attribuants: string[], avant = { active: false, attribuants: [] as string[] }): PublicationOpenDataDefinie => ({
  type: 'PublicationOpenDataDefinie',
  data: { active, attribuants, avant },
});
const spec = deciderSpec(publicationOpenDataDecider);

describe('open data publication (workspace setting)', () => {
  it('is off until an admin turns it on for named attribuants', () => {
    expect(publicationOpenDataDecider.initialState()).toEqual({ active: false, attribuants: [] });
    spec
      .given([])
      .when(definir(true, ['etat', 'cabbalr']))
      .then([definie(true, ['cabbalr', 'etat'])]);
  });

  it('an admin turns it off, keeping the previous setting in the event', () => {
    spec
      .given([definie(true, ['cabbalr'])])
      .when(definir(false, []))
      .then([definie(false, [], { active: true, attribuants: ['cabbalr'] })]);
  });

  it('the same setting again changes nothing', () => {
    spec
      .given([definie(true, ['cabbalr', 'etat'])])
      .when(definir(true, ['etat', 'cabbalr']))
      .thenNothing();
  });

  it('only admins (and the system) decide it; readers write nothing', () => {
    for (const role of ['agent', 'instructeur', 'porteur', 'lecteur'] as const) {
      spec
        .given([])
        .when(definir(true, ['cabbalr'], { role }))
        .thenRefused('FORBIDDEN');
    }
    spec
      .given([])
      .when(definir(true, ['cabbalr'], { role: 'auditeur' }))
      .thenRefused('FORBIDDEN', /cannot change anything/);
    spec
      .given([])
      .when(definir(true, ['cabbalr'], { role: 'system' }))
      .then([definie(true, ['cabbalr'])]);
  });

  it('refuses bad input with the field named', () => {
    spec
      .given([])
      .when(definir(true, []))
      .thenRefused('VALIDATION_FAILED', /name the attribuants/, { field: 'attribuants' });
    spec
      .given([])
      .when(definir(true, ['cabbalr', 'cabbalr']))
      .thenRefused('VALIDATION_FAILED', /twice/, { field: 'attribuants' });
    spec
      .given([])
      .when(definir(true, ['../autre']))
      .thenRefused('VALIDATION_FAILED', /not a partenaire id/, { field: 'attribuants' });
    spec
      .given([])
      .when(
        definir(
          true,
          Array.from({ length: 51 }, (_, i) => `p${i}`),
        ),
      )
      .thenRefused('VALIDATION_FAILED', /at most 50/, { field: 'attribuants' });
    spec
      .given([])
      .when({ ...definir(true, ['cabbalr']), data: { active: 'oui', attribuants: ['cabbalr'] } } as unknown as DefinirPublicationOpenData)
      .thenRefused('VALIDATION_FAILED', /true or false/, { field: 'active' });
  });
});
