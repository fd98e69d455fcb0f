import type { RegleFinancement } from '@cdv/domain-programmation';
import { aCommandMetadata, deciderSpec } from '@cdv/testing';
import { reglesDecider, type DefinirReglesFinancement, type ReglesFinancementDefinies } from './regles-financement.decider';

const plafond: RegleFinancement = {
  id: 'fcs',
  libelle: 'FCS 2 000 €',
  application: 'bloquant',
  type: 'plafond',
  montantMax: 2_000_00,
  cible: { dispositifs: ['fcs'] },
};
const taux: RegleFinancement = {
  id: 'fdc',
  libelle: 'FdC 40 %',
  application: 'bloquant',
  type: 'taux_max',
  tauxMaxPourcentage: 40,
  assiette: 'depenses_eligibles',
  plafond: 70_000_00,
  cible: {},
};
const definies = (regles: RegleFinancement[], nombreAvant = 0): ReglesFinancementDefinies => ({
  type: 'ReglesFinancementDefinies',
  data: { regles, nombreAvant },
});
const definir = (regles: RegleFinancement[], overrides: Parameters<typeof aCommandMetadata>[0] = {}): DefinirReglesFinancement => ({
  type: 'DefinirReglesFinancement',
  data: { regles },
  metadata: aCommandMetadata({ role: 'admin', ...overrides }),
});
const spec = deciderSpec(reglesDecider);

describe('financing rules (tenant configuration)', () => {
  it('an admin defines the first rules', () => {
    spec
      .given([])
      .when(definir([plafond, taux]))
      .then([definies([plafond, taux])]);
  });

  it('replacing rules in force needs a reason', () => {
    spec
      .given([definies([plafond])])
      .when(definir([taux]))
      .thenRefused('VALIDATION_FAILED', /reason/, { field: 'reason' });
    spec
      .given([definies([plafond])])
      .when(definir([taux], { reason: 'Délibération du 12 mars' }))
      .then([definies([taux], 1)]);
  });

  it('the same rules again change nothing', () => {
    spec
      .given([definies([plafond])])
      .when(definir([plafond]))
      .thenNothing();
  });

  it('only admins (and the system) configure; readers write nothing', () => {
    spec
      .given([])
      .when(definir([plafond], { role: 'agent' }))
      .thenRefused('FORBIDDEN');
    spec
      .given([])
      .when(definir([plafond], { role: 'auditeur' }))
      .thenRefused('FORBIDDEN');
    spec
      .given([])
      .when(definir([plafond], { role: 'system' }))
      .then([definies([plafond])]);
  });

  it('names the field of an invalid rule', () => {
    spec
      .given([])
      .when(definir([plafond, { ...plafond }]))
      .thenRefused('VALIDATION_FAILED', /twice/, { field: 'regles[1].id' });
    spec
      .given([])
      .when(definir([{ ...taux, tauxMaxPourcentage: 140 }]))
      .thenRefused('VALIDATION_FAILED', undefined, { field: 'regles[0].tauxMaxPourcentage' });
    spec
      .given([])
      .when(definir([{ ...plafond, montantMax: -1 }]))
      .thenRefused('VALIDATION_FAILED', undefined, { field: 'regles[0].montantMax' });
    const sansReference = { id: 'eg', libelle: 'Égal', application: 'avertissement', type: 'egal_a', cible: {} } as unknown as RegleFinancement;
    spec
      .given([])
      .when(definir([sansReference]))
      .thenRefused('VALIDATION_FAILED', undefined, { field: 'regles[0].reference' });
    spec
      .given([])
      .when(definir([{ ...plafond, cible: { categories: ['mecenat' as never] } }]))
      .thenRefused('VALIDATION_FAILED', undefined, { field: 'regles[0].cible.categories' });
  });
});
