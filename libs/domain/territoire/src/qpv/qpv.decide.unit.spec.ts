import type { Role } from '@cdv/eventsourcing';
import { deciderSpec } from '@cdv/testing';
import { aReferentielCommand, ROLES_NON_REFERENTIEL } from '../referentiel.mother';
import type { Statistique } from '../shared/statistique';
import type { DeclarerQpv, QpvCommand } from './qpv.commands';
import { qpvDecider } from './qpv.decider';
import type { QpvDeclare, QpvEvent } from './qpv.events';

const spec = deciderSpec(qpvDecider);
const cmd = <C extends QpvCommand>(type: C['type'], data: C['data'], reason?: string, role: Role = 'admin') =>
  aReferentielCommand<C>(type, data, { role, ...(reason ? { reason } : {}) });

// Valenciennes: a QPV named in the document without its official code (V:L914, L1146, L879).
const lecocq: DeclarerQpv['data'] = {
  qpvId: 'vm-qpv-lecocq',
  categorie: 'qpv',
  code: null,
  generation: 2015,
  nom: 'Lecocq',
  alias: ['Cité Lecoq', 'Chanteclerc le Coq'],
  communes: [{ codeInsee: null, nom: 'Condé-sur-Escaut' }],
  zonages: ['NPNRU'],
};
const declared: QpvDeclare['data'] = {
  ...lecocq,
  generation: 2015,
  validite: { du: '2015-01-01', au: '2023-12-31' },
  alias: ['Cité Lecoq', 'Chanteclerc le Coq'],
  zonages: ['NPNRU'],
  reconnaissance: null,
  predecesseurs: [],
};
const declare: QpvEvent = { type: 'QpvDeclare', data: declared };
const code: QpvEvent = { type: 'CodeQpvAttribue', data: { qpvId: 'vm-qpv-lecocq', code: 'QP059014', ancienCode: null, generation: 2015 } };
const retire: QpvEvent = { type: 'QpvRetire', data: { qpvId: 'vm-qpv-lecocq', dateEffet: '2024-01-01' } };
const remplace: QpvEvent = {
  type: 'QpvRemplace',
  data: { qpvId: 'vm-qpv-lecocq', code: 'QP059014', successeurs: [{ qpvId: 'QN05914M', code: 'QN05914M' }], dateEffet: '2024-01-01' },
};
const tauxEmploi: Statistique = {
  indicateur: 'taux_emploi',
  libelle: "Taux d'emploi",
  valeur: '25.6',
  valeurImprimee: '25,6%',
  unite: '%',
  source: 'Contrat de ville CAVM',
  millesime: null,
  perimetre: 'qpv',
  precisionPerimetre: null,
};

describe('qpv decider', () => {
  const every: QpvCommand[] = [
    cmd('DeclarerQpv', lecocq),
    cmd('AttribuerCodeQpv', { code: 'QP059014' }),
    cmd('RenommerQpv', { nom: 'Cité Lecocq' }),
    cmd('AjouterAliasQpv', { alias: 'Le Coq' }),
    cmd('RattacherCommuneQpv', { commune: { codeInsee: null, nom: 'Vieux-Condé' } }),
    cmd('DetacherCommuneQpv', { commune: { codeInsee: null, nom: 'Vieux-Condé' } }),
    cmd('RemplacerQpv', { successeurs: [{ qpvId: 'QN05914M', code: 'QN05914M' }], dateEffet: '2024-01-01' }),
    cmd('RetirerQpv', { dateEffet: '2024-01-01' }, 'sortie de la géographie prioritaire'),
    cmd('EnregistrerStatistiqueQpv', { statistique: tauxEmploi }),
  ];

  it.each(every.flatMap((command) => ROLES_NON_REFERENTIEL.map((role) => [command.type, role] as const)))('%s is FORBIDDEN to %s', (type, role) => {
    const command = every.find((c) => c.type === type)!;
    spec
      .given([declare])
      .when({ ...command, metadata: { ...command.metadata, actor: { userId: 'u', role } } })
      .thenRefused('FORBIDDEN');
  });

  it.each(every.filter((c) => c.type !== 'DeclarerQpv'))('$type on an undeclared quartier is NOT_FOUND', (command) => {
    spec.given([]).when(command).thenRefused('NOT_FOUND');
  });

  describe('DeclarerQpv', () => {
    it('declares a QPV without official code, with the validity of its generation', () => {
      spec.given([]).when(cmd('DeclarerQpv', lecocq)).then([declare]);
    });

    it('deduces the generation from the code', () => {
      spec
        .given([])
        .when(
          cmd('DeclarerQpv', {
            ...lecocq,
            qpvId: 'QN05914M',
            code: 'QN05914M',
            generation: undefined,
            predecesseurs: [{ qpvId: 'vm-qpv-lecocq', code: null }],
          }),
        )
        .thenMatches([{ type: 'QpvDeclare', data: expect.objectContaining({ code: 'QN05914M', generation: 2024, validite: { du: '2024-01-01', au: null } }) }]);
    });

    it('declares a quartier d’intérêt communautaire with the deliberation that recognised it', () => {
      spec
        .given([])
        .when(
          cmd('DeclarerQpv', {
            qpvId: 'cabbalr-qic-cite-10',
            categorie: 'quartier_interet_communautaire',
            code: null,
            nom: 'Cité 10 – Fond de Sains',
            communes: [
              { codeInsee: null, nom: 'Hersin-Coupigny' },
              { codeInsee: null, nom: 'Noeux-les-Mines' },
            ],
            reconnaissance: { instance: 'Conseil Communautaire', date: '2018-12', reference: null },
          }),
        )
        .thenMatches([
          {
            type: 'QpvDeclare',
            data: expect.objectContaining({ categorie: 'quartier_interet_communautaire', generation: null, validite: { du: null, au: null } }),
          },
        ]);
    });

    it.each([
      [{ code: 'QP59014' }, 'code'],
      [{ code: 'QN0591M' }, 'code'],
      [{ code: 'QN05914M', generation: 2015 as const }, 'generation'],
      [{ generation: null }, 'generation'],
      [{ nom: ' ' }, 'nom'],
      [{ communes: [] }, 'communes'],
      [{ communes: [{ codeInsee: '590', nom: 'Condé' }] }, 'communes[0].codeInsee'],
      [{ categorie: 'quartier_veille_active' as const, code: 'QP059014' }, 'code'],
      [{ categorie: 'quartier' as 'qpv' }, 'categorie'],
      [{ validite: { du: '2015-01-01', au: '2014-12-31' } }, 'validite.au'],
      [{ validite: { du: '2015-13-01', au: null } }, 'validite.du'],
      [{ qpvId: 'a b' }, 'qpvId'],
      [{ predecesseurs: [{ qpvId: 'x', code: 'QN05914M' }] }, 'predecesseurs[0].code'],
      [{ reconnaissance: { instance: '', date: null, reference: null } }, 'reconnaissance.instance'],
    ])('refuses %o (VALIDATION_FAILED on %s)', (change, field) => {
      spec
        .given([])
        .when(cmd('DeclarerQpv', { ...lecocq, ...change }))
        .thenRefused('VALIDATION_FAILED', undefined, { field });
    });

    it('is a no-op when repeated, a CONFLICT when declared twice differently', () => {
      spec.given([declare]).when(cmd('DeclarerQpv', lecocq)).thenNothing();
      spec
        .given([declare])
        .when(cmd('DeclarerQpv', { ...lecocq, nom: 'Cité Lecoq' }))
        .thenRefused('CONFLICT');
    });
  });

  describe('AttribuerCodeQpv', () => {
    it('attaches the official code later; the same code is a no-op', () => {
      spec
        .given([declare])
        .when(cmd('AttribuerCodeQpv', { code: 'QP059014' }))
        .then([code]);
      spec
        .given([declare, code])
        .when(cmd('AttribuerCodeQpv', { code: 'QP059014' }))
        .thenNothing();
    });

    it('refuses a malformed code, a code of another generation, a code on a quartier de veille', () => {
      spec
        .given([declare])
        .when(cmd('AttribuerCodeQpv', { code: 'QP-059014' }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'code' });
      spec
        .given([declare])
        .when(cmd('AttribuerCodeQpv', { code: 'QN05914M' }))
        .thenRefused('VALIDATION_FAILED', /2024/, { field: 'code' });
      const veille: QpvEvent = { type: 'QpvDeclare', data: { ...declared, categorie: 'quartier_veille_active', generation: null } };
      spec
        .given([veille])
        .when(cmd('AttribuerCodeQpv', { code: 'QP059014' }))
        .thenRefused('INVALID_TRANSITION');
    });

    it('replacing a known code is a correction that needs a reason', () => {
      spec
        .given([declare, code])
        .when(cmd('AttribuerCodeQpv', { code: 'QP059015' }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'reason' });
      spec
        .given([declare, code])
        .when(cmd('AttribuerCodeQpv', { code: 'QP059015' }, 'erreur de saisie'))
        .then([{ type: 'CodeQpvAttribue', data: { qpvId: 'vm-qpv-lecocq', code: 'QP059015', ancienCode: 'QP059014', generation: 2015 } }]);
    });
  });

  describe('RenommerQpv', () => {
    it('renames an active quartier; renaming a retired or replaced one is an INVALID_TRANSITION', () => {
      spec
        .given([declare])
        .when(cmd('RenommerQpv', { nom: 'Cité Lecocq' }))
        .then([{ type: 'QpvRenomme', data: { qpvId: 'vm-qpv-lecocq', nom: 'Cité Lecocq', ancienNom: 'Lecocq' } }]);
      spec
        .given([declare])
        .when(cmd('RenommerQpv', { nom: 'Lecocq' }))
        .thenNothing();
      spec
        .given([declare])
        .when(cmd('RenommerQpv', { nom: '' }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'nom' });
      spec
        .given([declare, retire])
        .when(cmd('RenommerQpv', { nom: 'Cité Lecocq' }))
        .thenRefused('INVALID_TRANSITION', /retire/, { state: 'retire', command: 'RenommerQpv' });
      spec
        .given([declare, code, remplace])
        .when(cmd('RenommerQpv', { nom: 'Cité Lecocq' }))
        .thenRefused('INVALID_TRANSITION', undefined, { state: 'remplace' });
    });
  });

  describe('AjouterAliasQpv', () => {
    it('adds a spelling once, even on a retired quartier (old documents still name it)', () => {
      spec
        .given([declare, retire])
        .when(cmd('AjouterAliasQpv', { alias: 'Le Coq' }))
        .then([{ type: 'AliasQpvAjoute', data: { qpvId: 'vm-qpv-lecocq', alias: 'Le Coq' } }]);
      spec
        .given([declare])
        .when(cmd('AjouterAliasQpv', { alias: 'cité lecoq' }))
        .thenNothing();
      spec
        .given([declare])
        .when(cmd('AjouterAliasQpv', { alias: '' }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'alias' });
    });
  });

  describe('communes of a quartier', () => {
    const vieuxConde = { codeInsee: null, nom: 'Vieux-Condé' };
    const rattachee: QpvEvent = { type: 'CommuneQpvRattachee', data: { qpvId: 'vm-qpv-lecocq', commune: vieuxConde } };
    it('attaches and detaches communes (many-to-many), keeping at least one', () => {
      spec
        .given([declare])
        .when(cmd('RattacherCommuneQpv', { commune: vieuxConde }))
        .then([rattachee]);
      spec
        .given([declare, rattachee])
        .when(cmd('RattacherCommuneQpv', { commune: vieuxConde }))
        .thenNothing();
      spec
        .given([declare, rattachee])
        .when(cmd('DetacherCommuneQpv', { commune: vieuxConde }))
        .then([{ type: 'CommuneQpvDetachee', data: { qpvId: 'vm-qpv-lecocq', commune: vieuxConde } }]);
      spec
        .given([declare])
        .when(cmd('DetacherCommuneQpv', { commune: vieuxConde }))
        .thenNothing();
      spec
        .given([declare])
        .when(cmd('DetacherCommuneQpv', { commune: { codeInsee: null, nom: 'Condé-sur-Escaut' } }))
        .thenRefused('VALIDATION_FAILED', /last commune/, { field: 'commune' });
      spec
        .given([declare])
        .when(cmd('RattacherCommuneQpv', { commune: { codeInsee: '1', nom: 'x' } }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'commune.codeInsee' });
      spec
        .given([declare, retire])
        .when(cmd('RattacherCommuneQpv', { commune: vieuxConde }))
        .thenRefused('INVALID_TRANSITION');
      spec
        .given([declare, rattachee, retire])
        .when(cmd('DetacherCommuneQpv', { commune: vieuxConde }))
        .thenRefused('INVALID_TRANSITION');
    });
  });

  describe('RemplacerQpv', () => {
    it('links a 2015 QPV to its 2024 successors; repeating adds only new ones', () => {
      spec
        .given([declare, code])
        .when(cmd('RemplacerQpv', { successeurs: [{ qpvId: 'QN05914M', code: 'QN05914M' }], dateEffet: '2024-01-01' }))
        .then([remplace]);
      spec
        .given([declare, code, remplace])
        .when(cmd('RemplacerQpv', { successeurs: [{ qpvId: 'QN05914M', code: 'QN05914M' }], dateEffet: '2024-01-01' }))
        .thenNothing();
      spec
        .given([declare, code, remplace])
        .when(cmd('RemplacerQpv', { successeurs: [{ qpvId: 'QN05915M', code: 'QN05915M' }], dateEffet: '2024-01-01' }))
        .thenMatches([{ type: 'QpvRemplace', data: expect.objectContaining({ successeurs: [{ qpvId: 'QN05915M', code: 'QN05915M' }] }) }]);
    });

    it('refuses successors of the same generation, no successor, a bad date, a retired QPV, a quartier de veille', () => {
      spec
        .given([declare])
        .when(cmd('RemplacerQpv', { successeurs: [{ qpvId: 'QP059099', code: 'QP059099' }], dateEffet: '2024-01-01' }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'successeurs[0].code' });
      spec
        .given([declare])
        .when(cmd('RemplacerQpv', { successeurs: [], dateEffet: '2024-01-01' }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'successeurs' });
      spec
        .given([declare])
        .when(cmd('RemplacerQpv', { successeurs: [{ qpvId: 'vm-qpv-lecocq', code: null }], dateEffet: '2024-01-01' }))
        .thenRefused('VALIDATION_FAILED', /itself/);
      spec
        .given([declare])
        .when(cmd('RemplacerQpv', { successeurs: [{ qpvId: 'QN05914M', code: 'QN05914M' }], dateEffet: '2024' }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'dateEffet' });
      spec
        .given([declare, retire])
        .when(cmd('RemplacerQpv', { successeurs: [{ qpvId: 'QN05914M', code: null }], dateEffet: '2024-01-01' }))
        .thenRefused('INVALID_TRANSITION');
      const veille: QpvEvent = { type: 'QpvDeclare', data: { ...declared, categorie: 'quartier_veille_active', generation: null } };
      spec
        .given([veille])
        .when(cmd('RemplacerQpv', { successeurs: [{ qpvId: 'QN05914M', code: null }], dateEffet: '2024-01-01' }))
        .thenRefused('INVALID_TRANSITION');
    });
  });

  describe('RetirerQpv', () => {
    it('retires with a reason, once; a replaced QPV stays in its generation', () => {
      spec
        .given([declare])
        .when(cmd('RetirerQpv', { dateEffet: '2024-01-01' }, 'sortie de la géographie prioritaire'))
        .then([retire]);
      spec
        .given([declare])
        .when(cmd('RetirerQpv', { dateEffet: '2024-01-01' }))
        .thenRefused('VALIDATION_FAILED', /reason/, { field: 'reason' });
      spec
        .given([declare, retire])
        .when(cmd('RetirerQpv', { dateEffet: '2024-01-01' }, 'encore'))
        .thenNothing();
      spec
        .given([declare])
        .when(cmd('RetirerQpv', { dateEffet: '01/01/2024' }, 'x'))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'dateEffet' });
      spec
        .given([declare, code, remplace])
        .when(cmd('RetirerQpv', { dateEffet: '2024-01-01' }, 'x'))
        .thenRefused('INVALID_TRANSITION');
    });
  });

  describe('EnregistrerStatistiqueQpv', () => {
    const enregistree: QpvEvent = { type: 'StatistiqueQpvEnregistree', data: { qpvId: 'vm-qpv-lecocq', statistique: tauxEmploi, precedente: null } };
    it('records a snapshot with source and scope; a different value for the same snapshot needs a reason', () => {
      spec
        .given([declare])
        .when(cmd('EnregistrerStatistiqueQpv', { statistique: tauxEmploi }))
        .then([enregistree]);
      spec
        .given([declare, enregistree])
        .when(cmd('EnregistrerStatistiqueQpv', { statistique: tauxEmploi }))
        .thenNothing();
      spec
        .given([declare, enregistree])
        .when(cmd('EnregistrerStatistiqueQpv', { statistique: { ...tauxEmploi, valeur: '26.5' } }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'reason' });
      spec
        .given([declare])
        .when(cmd('EnregistrerStatistiqueQpv', { statistique: { ...tauxEmploi, indicateur: 'Taux emploi' } }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'statistique.indicateur' });
      spec
        .given([declare])
        .when(cmd('EnregistrerStatistiqueQpv', { statistique: { ...tauxEmploi, valeurImprimee: '' } }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'statistique.valeurImprimee' });
    });
  });
});
