import type { Role } from '@cdv/eventsourcing';
import { deciderSpec } from '@cdv/testing';
import { aReferentielCommand, ROLES_NON_REFERENTIEL } from '../referentiel.mother';
import type { CadreCommand, DefinirCadreStrategique } from './cadre.commands';
import { cadreDecider } from './cadre.decider';
import type { CadreEvent, ObjectifAjoute } from './cadre.events';

const spec = deciderSpec(cadreDecider);
const cmd = <C extends CadreCommand>(type: C['type'], data: C['data'], role: Role = 'admin') => aReferentielCommand<C>(type, data, { role });

// CABBALR: piliers → orientations → objectifs opérationnels, and the feuille de route beside them (seed 003 §2).
const v1: DefinirCadreStrategique['data'] = {
  cadreId: 'cv-cabbalr',
  version: 1,
  intitule: 'Cadre stratégique du Contrat de Ville',
  dimensions: [
    { code: 'piliers', libelle: 'Piliers', niveaux: ['pilier', 'orientation', 'objectif opérationnel'] },
    { code: 'feuille-de-route', libelle: 'Feuille de route', niveaux: ['priorité', 'sous-priorité'] },
  ],
  validations: [{ instance: 'Comité de Pilotage du Contrat de Ville', date: '2018-07-04', reference: null }],
};
const defini: CadreEvent = { type: 'CadreStrategiqueDefini', data: { ...v1, contratId: null, validations: v1.validations ?? [], versionPrecedente: null } };
const defini2: CadreEvent = {
  type: 'CadreStrategiqueDefini',
  data: { ...v1, version: 2, intitule: 'Cadre 2021', contratId: null, validations: [], versionPrecedente: 1 },
};
const noeud = (data: Partial<ObjectifAjoute['data']> & Pick<ObjectifAjoute['data'], 'noeudId' | 'libelle'>): CadreEvent => ({
  type: 'ObjectifAjoute',
  data: {
    cadreId: 'cv-cabbalr',
    version: 1,
    dimension: 'piliers',
    parentId: null,
    niveau: 0,
    code: null,
    libelleAffiche: null,
    variantes: [],
    liens: [],
    ...data,
  },
});
const LIBELLE_P3 = 'PILIER 3. EMPLOI, INSERTION ET DEVELOPPEMENT ECONOMIQUE';
const LIBELLE_O31 = "Renforcer l'employabilité des habitants";
const p3 = noeud({ noeudId: 'v1.P3', libelle: LIBELLE_P3, code: 'P3' });
const o31 = noeud({ noeudId: 'v1.P3.o1', parentId: 'v1.P3', niveau: 1, libelle: LIBELLE_O31 });
const p1 = noeud({ noeudId: 'v1.fdr.1', dimension: 'feuille-de-route', libelle: 'Optimiser la déclinaison de la « Charte Entreprises et Quartiers / PAQTE »' });
const v2p = noeud({ noeudId: 'v2.emploi', version: 2, libelle: 'Emploi' });

describe('cadre stratégique decider', () => {
  const every: CadreCommand[] = [
    cmd('DefinirCadreStrategique', v1),
    cmd('AjouterObjectif', { version: 1, dimension: 'piliers', noeudId: 'v1.P1', libelle: 'PILIER 1. COHESION SOCIALE' }),
    cmd('DefinirLibelleAffiche', { noeudId: 'v1.P3', libelleAffiche: 'Emploi' }),
    cmd('DeclarerCorrespondance', { versionSource: 1, versionCible: 2, correspondances: [{ de: 'v1.P3', vers: ['v2.emploi'] }] }),
  ];

  it.each(every.flatMap((command) => ROLES_NON_REFERENTIEL.map((role) => [command.type, role] as const)))('%s is FORBIDDEN to %s', (type, role) => {
    const command = every.find((c) => c.type === type)!;
    spec
      .given([defini, p3])
      .when({ ...command, metadata: { ...command.metadata, actor: { userId: 'u', role } } })
      .thenRefused('FORBIDDEN');
  });

  it.each(every.filter((c) => c.type !== 'DefinirCadreStrategique'))('$type on an undefined cadre is NOT_FOUND', (command) => {
    spec.given([]).when(command).thenRefused('NOT_FOUND');
  });

  describe('DefinirCadreStrategique', () => {
    it('defines version 1 with its dimensions and their level names, then version 2', () => {
      spec.given([]).when(cmd('DefinirCadreStrategique', v1)).then([defini]);
      spec
        .given([defini])
        .when(cmd('DefinirCadreStrategique', { ...v1, version: 2, intitule: 'Cadre 2021', validations: [] }))
        .then([defini2]);
      spec.given([defini]).when(cmd('DefinirCadreStrategique', v1)).thenNothing();
    });
    it.each([
      [{ version: 0 }, 'version'],
      [{ version: 3 }, 'version'],
      [{ intitule: '' }, 'intitule'],
      [{ dimensions: [] }, 'dimensions'],
      [{ dimensions: [{ code: 'Piliers', libelle: 'x', niveaux: ['pilier'] }] }, 'dimensions[0].code'],
      [{ dimensions: [{ code: 'piliers', libelle: 'x', niveaux: [] }] }, 'dimensions[0].niveaux'],
      [
        {
          dimensions: [
            { code: 'a', libelle: 'x', niveaux: ['n'] },
            { code: 'a', libelle: 'y', niveaux: ['n'] },
          ],
        },
        'dimensions[1].code',
      ],
      [{ validations: [{ instance: 'COPIL', date: '4 juillet', reference: null }] }, 'validations[0].date'],
    ] as [Partial<DefinirCadreStrategique['data']>, string][])('refuses %o (VALIDATION_FAILED on %s)', (change, field) => {
      spec
        .given(change.version === 3 ? [defini] : [])
        .when(cmd('DefinirCadreStrategique', { ...v1, ...change }))
        .thenRefused('VALIDATION_FAILED', undefined, { field });
    });
    it('redefining a version differently is a CONFLICT', () => {
      spec
        .given([defini])
        .when(cmd('DefinirCadreStrategique', { ...v1, intitule: 'Autre' }))
        .thenRefused('CONFLICT');
    });
  });

  describe('AjouterObjectif', () => {
    it('adds roots and children, keeping labels verbatim', () => {
      spec
        .given([defini])
        .when(cmd('AjouterObjectif', { version: 1, dimension: 'piliers', noeudId: 'v1.P3', code: 'P3', libelle: LIBELLE_P3 }))
        .then([p3]);
      spec
        .given([defini, p3])
        .when(cmd('AjouterObjectif', { version: 1, dimension: 'piliers', noeudId: 'v1.P3.o1', parentId: 'v1.P3', libelle: LIBELLE_O31 }))
        .then([o31]);
      spec
        .given([defini, p3, o31])
        .when(
          cmd('AjouterObjectif', {
            version: 1,
            dimension: 'piliers',
            noeudId: 'v1.P3.o1.2',
            parentId: 'v1.P3.o1',
            libelle: 'Informar les habitants des QPV',
            libelleAffiche: 'Informer les habitants des QPV',
          }),
        )
        .thenMatches([
          {
            type: 'ObjectifAjoute',
            data: expect.objectContaining({ niveau: 2, libelle: 'Informar les habitants des QPV', libelleAffiche: 'Informer les habitants des QPV' }),
          },
        ]);
    });
    it('accepts a node whose parent the source does not give, at the level it states', () => {
      spec
        .given([defini])
        .when(cmd('AjouterObjectif', { version: 1, dimension: 'piliers', noeudId: 'v1.axe4', niveau: 1, code: '4', libelle: 'axe 4' }))
        .thenMatches([{ type: 'ObjectifAjoute', data: expect.objectContaining({ parentId: null, niveau: 1 }) }]);
    });
    it('links a priorité to a pilier of the same version', () => {
      spec
        .given([defini, p3])
        .when(cmd('AjouterObjectif', { version: 1, dimension: 'feuille-de-route', noeudId: 'v1.fdr.1', libelle: 'Optimiser…', liens: ['v1.P3'] }))
        .thenMatches([{ type: 'ObjectifAjoute', data: expect.objectContaining({ liens: ['v1.P3'] }) }]);
    });
    it.each([
      [{ dimension: 'thematiques' }, 'dimension'],
      [{ parentId: 'v1.absent' }, 'parentId'],
      [{ parentId: 'v1.fdr.1' }, 'parentId'],
      [{ parentId: 'v1.P3', niveau: 2 }, 'niveau'],
      [{ niveau: 3 }, 'niveau'],
      [{ libelle: '' }, 'libelle'],
      [{ noeudId: 'v1 P9' }, 'noeudId'],
      [{ liens: ['v1.absent'] }, 'liens[0]'],
      [{ variantes: [''] }, 'variantes'],
    ])('refuses %o (VALIDATION_FAILED on %s)', (change, field) => {
      spec
        .given([defini, p3, p1])
        .when(cmd('AjouterObjectif', { version: 1, dimension: 'piliers', noeudId: 'v1.P9', libelle: 'x', ...change }))
        .thenRefused('VALIDATION_FAILED', undefined, { field });
    });
    it('keeps node ids unique across versions and freezes a superseded version', () => {
      spec
        .given([defini, p3])
        .when(cmd('AjouterObjectif', { version: 1, dimension: 'piliers', noeudId: 'v1.P3', code: 'P3', libelle: LIBELLE_P3 }))
        .thenNothing();
      spec
        .given([defini, p3, defini2])
        .when(cmd('AjouterObjectif', { version: 2, dimension: 'piliers', noeudId: 'v1.P3', libelle: 'Emploi' }))
        .thenRefused('CONFLICT', /unique across versions/);
      spec
        .given([defini, p3, defini2])
        .when(cmd('AjouterObjectif', { version: 1, dimension: 'piliers', noeudId: 'v1.P4', libelle: 'x' }))
        .thenRefused('INVALID_TRANSITION', /superseded/, { state: 'version_remplacee' });
      spec
        .given([defini])
        .when(cmd('AjouterObjectif', { version: 2, dimension: 'piliers', noeudId: 'v2.x', libelle: 'x' }))
        .thenRefused('NOT_FOUND');
    });
  });

  describe('DefinirLibelleAffiche', () => {
    it('sets a normalised display label beside the verbatim one, on the current version only', () => {
      spec
        .given([defini, p3])
        .when(cmd('DefinirLibelleAffiche', { noeudId: 'v1.P3', libelleAffiche: 'Emploi, insertion et développement économique' }))
        .thenMatches([{ type: 'LibelleAfficheDefini' }]);
      spec
        .given([defini, p3])
        .when(cmd('DefinirLibelleAffiche', { noeudId: 'v1.P3', libelleAffiche: null }))
        .thenNothing();
      spec
        .given([defini, p3])
        .when(cmd('DefinirLibelleAffiche', { noeudId: 'v1.P3', libelleAffiche: ' ' }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'libelleAffiche' });
      spec
        .given([defini, p3, defini2])
        .when(cmd('DefinirLibelleAffiche', { noeudId: 'v1.P3', libelleAffiche: 'Emploi' }))
        .thenRefused('INVALID_TRANSITION');
      spec
        .given([defini])
        .when(cmd('DefinirLibelleAffiche', { noeudId: 'v1.P3', libelleAffiche: 'Emploi' }))
        .thenRefused('NOT_FOUND');
    });
  });

  describe('DeclarerCorrespondance', () => {
    it('maps nodes of version 1 to nodes of version 2, once', () => {
      const mapping = { versionSource: 1, versionCible: 2, correspondances: [{ de: 'v1.P3', vers: ['v2.emploi'] }] };
      const declared: CadreEvent = { type: 'CorrespondanceVersionsDeclaree', data: { cadreId: 'cv-cabbalr', ...mapping } };
      spec.given([defini, p3, defini2, v2p]).when(cmd('DeclarerCorrespondance', mapping)).then([declared]);
      spec.given([defini, p3, defini2, v2p, declared]).when(cmd('DeclarerCorrespondance', mapping)).thenNothing();
      spec
        .given([defini, p3, defini2, v2p, declared])
        .when(cmd('DeclarerCorrespondance', { ...mapping, correspondances: [{ de: 'v1.P3', vers: [] }] }))
        .thenRefused('CONFLICT');
    });
    it('refuses nodes of the wrong version and backward mappings', () => {
      spec
        .given([defini, p3, defini2, v2p])
        .when(cmd('DeclarerCorrespondance', { versionSource: 2, versionCible: 1, correspondances: [{ de: 'v2.emploi', vers: ['v1.P3'] }] }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'versionCible' });
      spec
        .given([defini, p3, defini2, v2p])
        .when(cmd('DeclarerCorrespondance', { versionSource: 1, versionCible: 2, correspondances: [{ de: 'v2.emploi', vers: [] }] }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'correspondances[0].de' });
      spec
        .given([defini, p3, defini2, v2p])
        .when(cmd('DeclarerCorrespondance', { versionSource: 1, versionCible: 2, correspondances: [{ de: 'v1.P3', vers: ['v1.P3'] }] }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'correspondances[0].vers' });
      spec
        .given([defini, p3, defini2, v2p])
        .when(cmd('DeclarerCorrespondance', { versionSource: 1, versionCible: 2, correspondances: [] }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'correspondances' });
      spec
        .given([defini, p3])
        .when(cmd('DeclarerCorrespondance', { versionSource: 1, versionCible: 2, correspondances: [{ de: 'v1.P3', vers: [] }] }))
        .thenRefused('NOT_FOUND');
    });
  });
});
