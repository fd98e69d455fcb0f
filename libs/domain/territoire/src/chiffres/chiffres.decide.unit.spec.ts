import type { Role } from '@cdv/eventsourcing';
import { deciderSpec } from '@cdv/testing';
import { aReferentielCommand, ROLES_NON_REFERENTIEL } from '../referentiel.mother';
import type { ChiffresCommand, DeclarerChiffre } from './chiffres.commands';
import { chiffresDecider } from './chiffres.decider';
import type { ChiffresEvent } from './chiffres.events';

const spec = deciderSpec(chiffresDecider);
const cmd = <C extends ChiffresCommand>(type: C['type'], data: C['data'], reason?: string, role: Role = 'admin') =>
  aReferentielCommand<C>(type, data, { role, ...(reason ? { reason } : {}) });

// Valenciennes (V:L869): "soit 20 %".
const part: DeclarerChiffre['data'] = {
  documentId: 'seed-001',
  chiffreId: 'cavm-part-population-qpv',
  cle: 'part_population_qpv',
  libelle: 'Part de la population en quartiers politique de la ville',
  valeurImprimee: '20 %',
  valeur: '20',
  unite: '%',
  document: '001_6b27c45a3e7210a6.txt',
  localisation: 'L864-871',
};
const declare: ChiffresEvent = {
  type: 'ChiffreDeclare',
  data: { ...part, unite: '%', qualificatif: null, dateReference: null, sujet: { type: 'territoire', id: null } },
};

describe('chiffres déclarés decider', () => {
  const every: ChiffresCommand[] = [
    cmd('DeclarerChiffre', part),
    cmd('CorrigerChiffre', { chiffreId: 'cavm-part-population-qpv', valeurImprimee: '21 %', valeur: '21' }, 'relu'),
  ];

  it.each(every.flatMap((command) => ROLES_NON_REFERENTIEL.map((role) => [command.type, role] as const)))('%s is FORBIDDEN to %s', (type, role) => {
    const command = every.find((c) => c.type === type)!;
    spec
      .given([declare])
      .when({ ...command, metadata: { ...command.metadata, actor: { userId: 'u', role } } })
      .thenRefused('FORBIDDEN');
  });

  it('records a printed figure with its document and line', () => {
    spec.given([]).when(cmd('DeclarerChiffre', part)).then([declare]);
    spec.given([declare]).when(cmd('DeclarerChiffre', part)).thenNothing();
    spec
      .given([declare])
      .when(cmd('DeclarerChiffre', { ...part, valeur: '18.84' }))
      .thenRefused('CONFLICT', /CorrigerChiffre/);
  });

  it.each([
    [{ valeurImprimee: '' }, 'valeurImprimee'],
    [{ valeur: '20 %' }, 'valeur'],
    [{ cle: 'Part population' }, 'cle'],
    [{ libelle: '' }, 'libelle'],
    [{ document: '' }, 'document'],
    [{ localisation: ' ' }, 'localisation'],
    [{ dateReference: '2019-13' }, 'dateReference'],
    [{ sujet: { type: 'monde' as 'autre', id: null } }, 'sujet.type'],
    [{ chiffreId: 'a b' }, 'chiffreId'],
  ])('refuses %o (VALIDATION_FAILED on %s)', (change, field) => {
    spec
      .given([])
      .when(cmd('DeclarerChiffre', { ...part, ...change }))
      .thenRefused('VALIDATION_FAILED', undefined, { field });
  });

  it('keeps each document in its own stream', () => {
    spec
      .given([declare])
      .when(cmd('DeclarerChiffre', { ...part, documentId: 'seed-004', chiffreId: 'autre' }))
      .thenRefused('VALIDATION_FAILED', undefined, { field: 'documentId' });
  });

  it('a correction of a mis-read figure needs a reason', () => {
    spec
      .given([declare])
      .when(cmd('CorrigerChiffre', { chiffreId: 'cavm-part-population-qpv', valeurImprimee: '21 %', valeur: '21' }))
      .thenRefused('VALIDATION_FAILED', /reason/, { field: 'reason' });
    spec
      .given([declare])
      .when(cmd('CorrigerChiffre', { chiffreId: 'cavm-part-population-qpv', valeurImprimee: '21 %', valeur: '21' }, 'mal relu'))
      .then([
        {
          type: 'ChiffreCorrige',
          data: {
            documentId: 'seed-001',
            chiffreId: 'cavm-part-population-qpv',
            valeurImprimee: '21 %',
            valeur: '21',
            localisation: 'L864-871',
            precedente: { valeurImprimee: '20 %', valeur: '20', localisation: 'L864-871' },
          },
        },
      ]);
    spec
      .given([declare])
      .when(cmd('CorrigerChiffre', { chiffreId: 'cavm-part-population-qpv', valeurImprimee: '20 %' }, 'x'))
      .thenNothing();
    spec
      .given([declare])
      .when(cmd('CorrigerChiffre', { chiffreId: 'cavm-part-population-qpv', valeur: 'vingt' }, 'x'))
      .thenRefused('VALIDATION_FAILED', undefined, { field: 'valeur' });
    spec
      .given([declare])
      .when(cmd('CorrigerChiffre', { chiffreId: 'absent', valeur: '1' }, 'x'))
      .thenRefused('NOT_FOUND');
  });
});
