import { deciderSpec } from '@cdv/testing';
import { dossierDecider } from './dossier.decider';
import {
  agent,
  appelOuvert,
  as,
  champs,
  cmd,
  demande,
  depose,
  deposer,
  DOSSIER_ID,
  enInstruction,
  etat,
  history,
  lePorteur,
  porteur,
  withReason,
} from './dossier.mother';
import { matching } from '../shared/deep-partial';
import type { DossierEvent } from './dossier.events';

const m = matching<DossierEvent>;
const spec = deciderSpec(dossierDecider);

describe('DeposerDossier', () => {
  it('records the deposit of a porteur while the appel is open; the dossier starts its own série', () => {
    spec.given([]).when(deposer()).then([depose]);
  });

  it('keeps the série, the external reference, the origin and the synthetic fields it is given', () => {
    spec
      .given([])
      .when(
        deposer({
          serie: { id: 'serie-ateliers', rang: 3 },
          referenceExterne: 'DA00012345-03',
          origine: { dossierId: 'd-2023-009', annee: 2023 },
          synthetique: ['coutTotal'],
        }),
      )
      .thenMatches(
        m([
          {
            type: 'DossierDepose',
            data: {
              serie: { id: 'serie-ateliers', rang: 3 },
              referenceExterne: 'DA00012345-03',
              origine: { dossierId: 'd-2023-009', annee: 2023 },
              synthetique: ['coutTotal'],
            },
          },
        ]),
      );
  });

  it('accepts a late deposit with a reason and marks it', () => {
    spec
      .given([])
      .when(deposer({}, lePorteur({ now: '2024-02-10T10:00:00.000Z', reason: 'dossier remis en main propre le 31/01' })))
      .thenMatches(m([{ type: 'DossierDepose', data: { depotTardif: true } }]));
  });

  it('refuses a late deposit without a reason (VALIDATION_FAILED on reason)', () => {
    spec
      .given([])
      .when(deposer({}, lePorteur({ now: '2024-02-10T10:00:00.000Z' })))
      .thenRefused('VALIDATION_FAILED', /late deposit/, { field: 'reason' });
    spec
      .given([])
      .when(deposer({ contexte: { appel: { ...appelOuvert, statut: 'clos' } } }))
      .thenRefused('VALIDATION_FAILED', undefined, { field: 'reason' });
  });

  it('uses the business date when the application gives one', () => {
    spec
      .given([])
      .when(deposer({}, lePorteur({ now: '2024-03-01T10:00:00.000Z', effectiveAt: '2024-01-20' })))
      .thenMatches(m([{ data: { depotTardif: false } }]));
  });

  it('refuses a deposit before the appel opens, on a closed year, or without an appel', () => {
    spec
      .given([])
      .when(deposer({}, lePorteur({ now: '2023-10-01T10:00:00.000Z' })))
      .thenRefused('INVALID_TRANSITION', /opens on 2023-11-15/, { state: 'a_venir', command: 'DeposerDossier' });
    spec
      .given([])
      .when(deposer({ contexte: { appel: { ...appelOuvert, statut: 'exercice_clos' } } }, lePorteur({ reason: 'oubli' })))
      .thenRefused('INVALID_TRANSITION', undefined, { state: 'exercice_clos', command: 'DeposerDossier' });
    spec
      .given([])
      .when(deposer({ contexte: { appel: { annee: 2024, statut: 'inexistant' } } }))
      .thenRefused('NOT_FOUND', undefined, { what: 'AppelAProjets' });
    spec
      .given([])
      .when(deposer({ contexte: { appel: { ...appelOuvert, annee: 2023 } } }))
      .thenRefused('VALIDATION_FAILED', undefined, { field: 'contexte.appel' });
  });

  it('refuses a second deposit with the same id (CONFLICT)', () => {
    spec.given([depose]).when(deposer()).thenRefused('CONFLICT');
  });

  it('refuses a porteur depositing for another organisation, an instructeur, auditors and readers (FORBIDDEN)', () => {
    spec
      .given([])
      .when(deposer({}, as('porteur', 'another-asso')))
      .thenRefused('FORBIDDEN');
    spec
      .given([])
      .when(deposer({}, as('instructeur', etat.id)))
      .thenRefused('FORBIDDEN');
    spec
      .given([])
      .when(deposer({}, as('auditeur')))
      .thenRefused('FORBIDDEN');
    spec
      .given([])
      .when(deposer({}, as('lecteur')))
      .thenRefused('FORBIDDEN');
  });

  it('lets the EPCI deposit on behalf of a porteur (imports, paper deposits)', () => {
    spec
      .given([])
      .when(deposer({}, agent()))
      .thenMatches(m([{ type: 'DossierDepose' }]));
  });

  it.each([
    ['titre', { titre: '  ' }],
    ['coutTotal', { coutTotal: 0 }],
    ['coutTotal', { coutTotal: 12.5 }],
    ['depensesEligibles', { depensesEligibles: 20_000_00 }],
    ['dateDebut', { dateDebut: '2024-02-30' }],
    ['dateFin', { dateFin: '2024-01-01' }],
    ['perimetre.communes[0].insee', { perimetre: { type: 'communes' as const, communes: [{ insee: 'Roubaix', nom: 'Roubaix' }] } }],
    ['perimetre.communes', { perimetre: { type: 'communes' as const, communes: [] } }],
    ['qpv[1].id', { qpv: [champs.qpv[0], champs.qpv[0]] }],
    ['classement.pilier.libelle', { classement: { pilier: { id: 'p1', libelle: '' } } }],
    ['nombreActions', { nombreActions: 0 }],
    ['publics[0]', { publics: [''] }],
    ['publics', { publics: Array.from({ length: 51 }, (_, index) => `public ${index}`) }],
    ['nombreActions', { nombreActions: 2 ** 31 - 1 }],
    ['coutTotal', { coutTotal: 1_000_000_000_01 }],
    ['dateDebut', { dateDebut: '0000-01-01' }],
    ['dateFin', { dateFin: '9999-12-31' }],
    ['annee', { annee: 1999 }],
    ['porteur.kind', { porteur: { ...porteur, kind: 'club' as never } }],
    ['serie.rang', { serie: { id: 's', rang: 0 } }],
  ])('refuses bad input (VALIDATION_FAILED on %s)', (field, overrides) => {
    spec.given([]).when(deposer(overrides, agent())).thenRefused('VALIDATION_FAILED', undefined, { field });
  });

  it('accepts a dossier without any classification and an intercommunal one', () => {
    spec
      .given([])
      .when(deposer({ classement: {}, perimetre: { type: 'intercommunal' }, qpv: [] }))
      .thenMatches(m([{ data: { classement: {}, perimetre: { type: 'intercommunal' } } }]));
  });
});

describe('ModifierDossier', () => {
  it('records a field-level diff of what changed, and only that', () => {
    spec
      .given([depose])
      .when(cmd('ModifierDossier', { changes: { titre: 'Ateliers parents-enfants 2024', coutTotal: 12_000_00, publics: ['familles'] } }, lePorteur()))
      .then([
        {
          type: 'DossierModifie',
          data: {
            dossierId: DOSSIER_ID,
            changes: { titre: { before: champs.titre, after: 'Ateliers parents-enfants 2024' }, coutTotal: { before: 10_000_00, after: 12_000_00 } },
          },
        },
      ]);
  });

  it('appends nothing when nothing changes', () => {
    spec
      .given([depose])
      .when(cmd('ModifierDossier', { changes: { titre: champs.titre } }, lePorteur()))
      .thenNothing();
  });

  it('lets an agent change a dossier under instruction with a reason', () => {
    spec
      .given(history.enInstruction)
      .when(cmd('ModifierDossier', { changes: { dateFin: '2025-01-31' } }, agent(withReason('report demandé par le porteur'))))
      .thenMatches(m([{ type: 'DossierModifie' }]));
  });

  it('refuses a change under instruction without a reason (VALIDATION_FAILED on reason)', () => {
    spec
      .given(history.enInstruction)
      .when(cmd('ModifierDossier', { changes: { dateFin: '2025-01-31' } }))
      .thenRefused('VALIDATION_FAILED', undefined, { field: 'reason' });
  });

  it('refuses the porteur once instruction started, and everyone after the decision (INVALID_TRANSITION)', () => {
    spec
      .given(history.enInstruction)
      .when(cmd('ModifierDossier', { changes: { titre: 'x' } }, lePorteur()))
      .thenRefused('INVALID_TRANSITION', undefined, { state: 'en_instruction', command: 'ModifierDossier' });
    spec
      .given(history.retenu)
      .when(cmd('ModifierDossier', { changes: { titre: 'x' } }, agent(withReason('r'))))
      .thenRefused('INVALID_TRANSITION', undefined, { state: 'retenu' });
  });

  it('refuses another porteur and auditors (FORBIDDEN), an unknown dossier (NOT_FOUND)', () => {
    spec
      .given([depose])
      .when(cmd('ModifierDossier', { changes: { titre: 'x' } }, as('porteur', 'another-asso')))
      .thenRefused('FORBIDDEN');
    spec
      .given([depose])
      .when(cmd('ModifierDossier', { changes: { titre: 'x' } }, as('auditeur')))
      .thenRefused('FORBIDDEN');
    spec
      .given([])
      .when(cmd('ModifierDossier', { changes: { titre: 'x' } }))
      .thenRefused('NOT_FOUND');
  });

  it('refuses a total cost under the financing already asked, unknown fields and bad dates (VALIDATION_FAILED)', () => {
    spec
      .given([depose, demande(etat, 5_000_00)])
      .when(cmd('ModifierDossier', { changes: { coutTotal: 4_000_00 } }, lePorteur()))
      .thenRefused('VALIDATION_FAILED', undefined, { field: 'changes.coutTotal' });
    spec
      .given([depose])
      .when(cmd('ModifierDossier', { changes: { porteur } as never }, lePorteur()))
      .thenRefused('VALIDATION_FAILED', undefined, { field: 'changes.porteur' });
    spec
      .given([depose])
      .when(cmd('ModifierDossier', { changes: { dateFin: '2023-12-31' } }, lePorteur()))
      .thenRefused('VALIDATION_FAILED', undefined, { field: 'changes.dateFin' });
  });

  it('refuses a command aimed at another dossier id than the stream holds', () => {
    spec
      .given([depose])
      .when(cmd('ModifierDossier', { dossierId: 'other', changes: { titre: 'x' } }))
      .thenRefused('VALIDATION_FAILED', undefined, { field: 'dossierId' });
  });
});

describe('RattacherASerie', () => {
  it('links a dossier to the série of earlier years (reconduction, « 3ème année »)', () => {
    spec
      .given([depose])
      .when(cmd('RattacherASerie', { serie: { id: 'serie-ateliers', rang: 3, libelle: 'Ateliers parents-enfants' } }))
      .then([
        {
          type: 'DossierRattacheASerie',
          data: {
            dossierId: DOSSIER_ID,
            serie: { id: 'serie-ateliers', rang: 3, libelle: 'Ateliers parents-enfants' },
            precedente: { id: DOSSIER_ID, rang: 1 },
          },
        },
      ]);
  });

  it('needs a reason to move a dossier from one série to another', () => {
    const inSerie = [
      depose,
      { type: 'DossierRattacheASerie' as const, data: { dossierId: DOSSIER_ID, serie: { id: 's1', rang: 2 }, precedente: { id: DOSSIER_ID, rang: 1 } } },
    ];
    spec
      .given(inSerie)
      .when(cmd('RattacherASerie', { serie: { id: 's2', rang: 2 } }))
      .thenRefused('VALIDATION_FAILED', undefined, { field: 'reason' });
    spec
      .given(inSerie)
      .when(cmd('RattacherASerie', { serie: { id: 's1', rang: 2 } }))
      .thenNothing();
  });

  it('refuses porteurs (FORBIDDEN) and a rank under 1 (VALIDATION_FAILED)', () => {
    spec
      .given([depose])
      .when(cmd('RattacherASerie', { serie: { id: 's', rang: 2 } }, lePorteur()))
      .thenRefused('FORBIDDEN');
    spec
      .given([depose])
      .when(cmd('RattacherASerie', { serie: { id: 's', rang: 0 } }))
      .thenRefused('VALIDATION_FAILED', undefined, { field: 'serie.rang' });
  });
});

describe('MettreEnInstruction', () => {
  it('starts the instruction of a deposited dossier', () => {
    spec.given(history.depose).when(cmd('MettreEnInstruction', {})).then([enInstruction]);
  });

  it('refuses twice (INVALID_TRANSITION), porteurs (FORBIDDEN) and a dossier without financing (VALIDATION_FAILED)', () => {
    spec
      .given(history.enInstruction)
      .when(cmd('MettreEnInstruction', {}))
      .thenRefused('INVALID_TRANSITION', undefined, { state: 'en_instruction', command: 'MettreEnInstruction' });
    spec
      .given(history.depose)
      .when(cmd('MettreEnInstruction', {}, lePorteur()))
      .thenRefused('FORBIDDEN');
    spec.given([depose]).when(cmd('MettreEnInstruction', {})).thenRefused('VALIDATION_FAILED', undefined, { field: 'lignes' });
  });
});
