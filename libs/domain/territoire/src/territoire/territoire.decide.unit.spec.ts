import type { Role } from '@cdv/eventsourcing';
import { deciderSpec } from '@cdv/testing';
import { aReferentielCommand, ROLES_NON_REFERENTIEL } from '../referentiel.mother';
import type { Statistique } from '../shared/statistique';
import type { TerritoireCommand } from './territoire.commands';
import { territoireDecider } from './territoire.decider';
import type { TerritoireEvent, TerritoireOuvert } from './territoire.events';

const spec = deciderSpec(territoireDecider);
const cmd = <C extends TerritoireCommand>(type: C['type'], data: C['data'], reason?: string, role: Role = 'admin') =>
  aReferentielCommand<C>(type, data, { role, ...(reason ? { reason } : {}) });

const identite: TerritoireOuvert['data'] = {
  siren: null,
  nom: "Communauté d'Agglomération Valenciennes Métropole",
  nomUsuel: 'Valenciennes Métropole',
  acronyme: 'CAVM',
  nature: 'ca',
  departement: 'Nord',
  region: 'Hauts-de-France',
};
const ouvert: TerritoireEvent = { type: 'TerritoireOuvert', data: identite };
const anzin: TerritoireEvent = { type: 'CommuneRattachee', data: { commune: { codeInsee: null, nom: 'Anzin' }, alias: [], depuis: null } };
const conde: TerritoireEvent = {
  type: 'CommuneRattachee',
  data: { commune: { codeInsee: '59153', nom: "Condé-sur-l'Escaut" }, alias: ['Condé sur Escaut'], depuis: null },
};
const population: Statistique = {
  indicateur: 'population',
  libelle: 'population',
  valeur: '190459',
  valeurImprimee: '190 459',
  unite: 'habitants',
  source: 'Contrat de ville',
  millesime: null,
  perimetre: 'epci',
  precisionPerimetre: null,
};

describe('territoire decider', () => {
  const every: TerritoireCommand[] = [
    cmd('OuvrirTerritoire', { ...identite }),
    cmd('RenommerTerritoire', { nom: 'X' }),
    cmd('ChangerNatureTerritoire', { nature: 'metropole', depuis: '2016-07' }),
    cmd('AttribuerSirenTerritoire', { siren: '732829320' }),
    cmd('RattacherCommune', { codeInsee: null, nom: 'Anzin' }),
    cmd('DetacherCommune', { commune: { codeInsee: null, nom: 'Anzin' }, jusquAu: null }),
    cmd('AjouterAliasCommune', { commune: { codeInsee: null, nom: 'Anzin' }, alias: 'Anzain' }),
    cmd('AttribuerCodeInseeCommune', { nom: 'Anzin', codeInsee: '59014' }),
    cmd('DeclarerPredecesseur', { predecesseur: { nom: 'Artois Comm.', siren: null, jusquAu: null, contratDeVille: null, note: null } }),
    cmd('EnregistrerStatistiqueTerritoire', { statistique: population }),
  ];

  it.each(every.flatMap((command) => ROLES_NON_REFERENTIEL.map((role) => [command.type, role] as const)))('%s is FORBIDDEN to %s', (type, role) => {
    const command = every.find((c) => c.type === type)!;
    spec
      .given([ouvert, anzin])
      .when({ ...command, metadata: { ...command.metadata, actor: { userId: 'u', role } } })
      .thenRefused('FORBIDDEN');
  });

  it.each(every.filter((c) => c.type !== 'OuvrirTerritoire'))('$type needs an open territoire (NOT_FOUND)', (command) => {
    spec.given([]).when(command).thenRefused('NOT_FOUND');
  });

  describe('OuvrirTerritoire', () => {
    it.each([['Bad Tenant'], ['a'.repeat(41)], ['fin-'], ['-debut'], ['cdv.mel'], ['MEL']])(
      'refuses to open a workspace whose id cannot name its streams and database: %s (VALIDATION_FAILED on tenant)',
      (tenantId) => {
        spec
          .given([])
          .when(aReferentielCommand('OuvrirTerritoire', { ...identite }, { tenantId }))
          .thenRefused('VALIDATION_FAILED', /workspace id/, { field: 'tenant', value: tenantId });
      },
    );

    it('opens a workspace whose id has 40 characters', () => {
      spec
        .given([])
        .when(aReferentielCommand('OuvrirTerritoire', { ...identite }, { tenantId: 'communaute-d-agglomeration-du-grand-test' }))
        .then([ouvert]);
    });

    it('opens the workspace with its communes and predecessors', () => {
      spec
        .given([])
        .when(
          cmd('OuvrirTerritoire', {
            ...identite,
            communes: [
              { codeInsee: null, nom: 'Anzin' },
              { codeInsee: '59153', nom: "Condé-sur-l'Escaut", alias: ['Condé sur Escaut'] },
            ],
            predecesseurs: [
              {
                nom: 'Artois-Lys',
                siren: null,
                jusquAu: null,
                contratDeVille: { intitule: 'Contrat de Ville - Artois-Lys', signeLe: '2015-05-21' },
                note: null,
              },
            ],
          }),
        )
        .then([
          ouvert,
          anzin,
          conde,
          {
            type: 'PredecesseurDeclare',
            data: {
              predecesseur: {
                nom: 'Artois-Lys',
                siren: null,
                jusquAu: null,
                contratDeVille: { intitule: 'Contrat de Ville - Artois-Lys', signeLe: '2015-05-21' },
                note: null,
              },
            },
          },
        ]);
    });

    it('refuses a bad SIREN, an empty name, an unknown kind, a bad INSEE code, a bad predecessor date', () => {
      spec
        .given([])
        .when(cmd('OuvrirTerritoire', { ...identite, siren: '123456789' }))
        .thenRefused('VALIDATION_FAILED', /SIREN/, { field: 'siren' });
      spec
        .given([])
        .when(cmd('OuvrirTerritoire', { ...identite, nom: '  ' }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'nom' });
      spec
        .given([])
        .when(cmd('OuvrirTerritoire', { ...identite, nature: 'syndicat' as 'ca' }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'nature' });
      spec
        .given([])
        .when(cmd('OuvrirTerritoire', { ...identite, communes: [{ codeInsee: '5901', nom: 'Anzin' }] }))
        .thenRefused('VALIDATION_FAILED', /INSEE/, { field: 'communes[0].codeInsee' });
      spec
        .given([])
        .when(
          cmd('OuvrirTerritoire', {
            ...identite,
            communes: [
              { codeInsee: null, nom: 'Anzin' },
              { codeInsee: null, nom: 'ANZIN' },
            ],
          }),
        )
        .thenRefused('VALIDATION_FAILED', /twice/, { field: 'communes' });
      spec
        .given([])
        .when(
          cmd('OuvrirTerritoire', { ...identite, predecesseurs: [{ nom: 'Artois Comm.', siren: null, jusquAu: '2016-13', contratDeVille: null, note: null }] }),
        )
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'predecesseurs[0].jusquAu' });
    });

    it('is a no-op when opened again identically, adds only what is missing, and is a CONFLICT for another identity', () => {
      spec
        .given([ouvert, anzin])
        .when(cmd('OuvrirTerritoire', { ...identite, communes: [{ codeInsee: null, nom: 'Anzin' }] }))
        .thenNothing();
      spec
        .given([ouvert, anzin])
        .when(
          cmd('OuvrirTerritoire', {
            ...identite,
            communes: [
              { codeInsee: null, nom: 'Anzin' },
              { codeInsee: '59153', nom: "Condé-sur-l'Escaut", alias: ['Condé sur Escaut'] },
            ],
          }),
        )
        .then([conde]);
      spec
        .given([ouvert])
        .when(cmd('OuvrirTerritoire', { ...identite, nom: 'Autre EPCI' }))
        .thenRefused('CONFLICT');
    });
  });

  describe('RenommerTerritoire', () => {
    it('renames, ignores the same name, refuses an empty one', () => {
      spec
        .given([ouvert])
        .when(cmd('RenommerTerritoire', { nom: 'Valenciennes Métropole (CA)' }))
        .then([
          {
            type: 'TerritoireRenomme',
            data: { nom: 'Valenciennes Métropole (CA)', ancienNom: identite.nom, acronyme: 'CAVM', nomUsuel: 'Valenciennes Métropole' },
          },
        ]);
      spec
        .given([ouvert])
        .when(cmd('RenommerTerritoire', { nom: identite.nom }))
        .thenNothing();
      spec
        .given([ouvert])
        .when(cmd('RenommerTerritoire', { nom: '' }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'nom' });
      spec
        .given([ouvert])
        .when(cmd('RenommerTerritoire', { nom: 'X', acronyme: ' ' }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'acronyme' });
    });
  });

  describe('ChangerNatureTerritoire', () => {
    it('records the new legal kind from its date (Grand Nancy: CU → métropole in July 2016)', () => {
      spec
        .given([ouvert])
        .when(cmd('ChangerNatureTerritoire', { nature: 'metropole', depuis: '2016-07' }))
        .then([{ type: 'NatureTerritoireChangee', data: { nature: 'metropole', ancienneNature: 'ca', depuis: '2016-07' } }]);
      spec
        .given([ouvert])
        .when(cmd('ChangerNatureTerritoire', { nature: 'ca', depuis: '2016-07' }))
        .thenNothing();
      spec
        .given([ouvert])
        .when(cmd('ChangerNatureTerritoire', { nature: 'metropole', depuis: 'juillet' }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'depuis' });
      spec
        .given([ouvert])
        .when(cmd('ChangerNatureTerritoire', { nature: 'x' as 'ca', depuis: '2016' }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'nature' });
    });
  });

  describe('AttribuerSirenTerritoire', () => {
    const attribue: TerritoireEvent = { type: 'SirenTerritoireAttribue', data: { siren: '732829320', ancienSiren: null } };
    it('attaches a valid SIREN once; replacing it needs a reason', () => {
      spec
        .given([ouvert])
        .when(cmd('AttribuerSirenTerritoire', { siren: '732829320' }))
        .then([attribue]);
      spec
        .given([ouvert])
        .when(cmd('AttribuerSirenTerritoire', { siren: '732829321' }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'siren' });
      spec
        .given([ouvert, attribue])
        .when(cmd('AttribuerSirenTerritoire', { siren: '732829320' }))
        .thenNothing();
      spec
        .given([ouvert, attribue])
        .when(cmd('AttribuerSirenTerritoire', { siren: '552100554' }))
        .thenRefused('VALIDATION_FAILED', /reason/, { field: 'reason' });
      spec
        .given([ouvert, attribue])
        .when(cmd('AttribuerSirenTerritoire', { siren: '552100554' }, 'SIREN mal saisi'))
        .then([{ type: 'SirenTerritoireAttribue', data: { siren: '552100554', ancienSiren: '732829320' } }]);
    });
  });

  describe('RattacherCommune', () => {
    it('attaches a commune, ignores it twice, refuses a bad INSEE code', () => {
      spec
        .given([ouvert])
        .when(cmd('RattacherCommune', { codeInsee: null, nom: 'Anzin' }))
        .then([anzin]);
      spec
        .given([ouvert, anzin])
        .when(cmd('RattacherCommune', { codeInsee: null, nom: 'ANZIN' }))
        .thenNothing();
      spec
        .given([ouvert])
        .when(cmd('RattacherCommune', { codeInsee: 'ABCDE', nom: 'Anzin' }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'commune.codeInsee' });
      spec
        .given([ouvert])
        .when(cmd('RattacherCommune', { codeInsee: null, nom: '' }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'commune.nom' });
    });

    it('is a CONFLICT when the INSEE code is attached under another name', () => {
      spec
        .given([ouvert, conde])
        .when(cmd('RattacherCommune', { codeInsee: '59153', nom: 'Anzin' }))
        .thenRefused('CONFLICT');
    });

    it('completes a commune known by name with its INSEE code and the new spelling', () => {
      spec
        .given([ouvert, anzin])
        .when(cmd('RattacherCommune', { codeInsee: '59014', nom: 'Anzin' }))
        .then([{ type: 'CodeInseeCommuneAttribue', data: { nom: 'Anzin', codeInsee: '59014' } }]);
    });
  });

  describe('DetacherCommune', () => {
    it('detaches an attached commune once; an unknown one is NOT_FOUND', () => {
      const detachee: TerritoireEvent = { type: 'CommuneDetachee', data: { commune: { codeInsee: null, nom: 'Anzin' }, jusquAu: '2024-01-01' } };
      spec
        .given([ouvert, anzin])
        .when(cmd('DetacherCommune', { commune: { codeInsee: null, nom: 'Anzin' }, jusquAu: '2024-01-01' }))
        .then([detachee]);
      spec
        .given([ouvert, anzin, detachee])
        .when(cmd('DetacherCommune', { commune: { codeInsee: null, nom: 'Anzin' }, jusquAu: '2024-01-01' }))
        .thenNothing();
      spec
        .given([ouvert])
        .when(cmd('DetacherCommune', { commune: { codeInsee: null, nom: 'Anzin' }, jusquAu: null }))
        .thenRefused('NOT_FOUND');
      spec
        .given([ouvert, anzin])
        .when(cmd('DetacherCommune', { commune: { codeInsee: null, nom: 'Anzin' }, jusquAu: 'demain' }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'jusquAu' });
    });
  });

  describe('AjouterAliasCommune', () => {
    it('adds a spelling variant once (accents, case and punctuation do not make a new one)', () => {
      spec
        .given([ouvert, conde])
        .when(cmd('AjouterAliasCommune', { commune: { codeInsee: '59153', nom: 'x' }, alias: "Condé sur l'Escaut" }))
        .thenNothing();
      spec
        .given([ouvert, conde])
        .when(cmd('AjouterAliasCommune', { commune: { codeInsee: '59153', nom: 'Condé' }, alias: 'Condé' }))
        .then([{ type: 'AliasCommuneAjoute', data: { commune: { codeInsee: '59153', nom: "Condé-sur-l'Escaut" }, alias: 'Condé' } }]);
      spec
        .given([ouvert, conde])
        .when(cmd('AjouterAliasCommune', { commune: { codeInsee: null, nom: 'Condé sur Escaut' }, alias: 'condé-sur-escaut' }))
        .thenNothing();
      spec
        .given([ouvert, conde])
        .when(cmd('AjouterAliasCommune', { commune: { codeInsee: '59153', nom: 'x' }, alias: ' ' }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'alias' });
      spec
        .given([ouvert])
        .when(cmd('AjouterAliasCommune', { commune: { codeInsee: null, nom: 'Marly' }, alias: 'Marli' }))
        .thenRefused('NOT_FOUND');
    });
  });

  describe('AttribuerCodeInseeCommune', () => {
    it('attaches a code to a commune known by name; a code used elsewhere is a CONFLICT', () => {
      spec
        .given([ouvert, anzin])
        .when(cmd('AttribuerCodeInseeCommune', { nom: 'Anzin', codeInsee: '59014' }))
        .then([{ type: 'CodeInseeCommuneAttribue', data: { nom: 'Anzin', codeInsee: '59014' } }]);
      spec
        .given([ouvert, anzin, conde])
        .when(cmd('AttribuerCodeInseeCommune', { nom: 'Anzin', codeInsee: '59153' }))
        .thenRefused('CONFLICT');
      spec
        .given([ouvert, anzin])
        .when(cmd('AttribuerCodeInseeCommune', { nom: 'Anzin', codeInsee: '5914' }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'codeInsee' });
      spec
        .given([ouvert, conde])
        .when(cmd('AttribuerCodeInseeCommune', { nom: 'Condé sur Escaut', codeInsee: '59153' }))
        .thenNothing();
      spec
        .given([ouvert])
        .when(cmd('AttribuerCodeInseeCommune', { nom: 'Marly', codeInsee: '59383' }))
        .thenRefused('NOT_FOUND');
    });
  });

  describe('DeclarerPredecesseur', () => {
    const artois = {
      nom: 'Artois Comm.',
      siren: null,
      jusquAu: '2016-12-31',
      contratDeVille: { intitule: 'Contrat de Ville - Artois Comm.', signeLe: '2015-06-10' },
      note: null,
    };
    it('declares a predecessor once; declaring it differently is a CONFLICT', () => {
      spec
        .given([ouvert])
        .when(cmd('DeclarerPredecesseur', { predecesseur: artois }))
        .then([{ type: 'PredecesseurDeclare', data: { predecesseur: artois } }]);
      const declared: TerritoireEvent = { type: 'PredecesseurDeclare', data: { predecesseur: artois } };
      spec
        .given([ouvert, declared])
        .when(cmd('DeclarerPredecesseur', { predecesseur: artois }))
        .thenNothing();
      spec
        .given([ouvert, declared])
        .when(cmd('DeclarerPredecesseur', { predecesseur: { ...artois, jusquAu: '2017' } }))
        .thenRefused('CONFLICT');
      spec
        .given([ouvert])
        .when(cmd('DeclarerPredecesseur', { predecesseur: { ...artois, siren: '1' } }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'predecesseur.siren' });
    });
  });

  describe('EnregistrerStatistiqueTerritoire', () => {
    const enregistree: TerritoireEvent = { type: 'StatistiqueTerritoireEnregistree', data: { statistique: population, precedente: null } };
    it('records a statistic; the same again is a no-op; another value needs a reason', () => {
      spec
        .given([ouvert])
        .when(cmd('EnregistrerStatistiqueTerritoire', { statistique: population }))
        .then([enregistree]);
      spec
        .given([ouvert, enregistree])
        .when(cmd('EnregistrerStatistiqueTerritoire', { statistique: population }))
        .thenNothing();
      const corrected = { ...population, valeur: '190460', valeurImprimee: '190 460' };
      spec
        .given([ouvert, enregistree])
        .when(cmd('EnregistrerStatistiqueTerritoire', { statistique: corrected }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'reason' });
      spec
        .given([ouvert, enregistree])
        .when(cmd('EnregistrerStatistiqueTerritoire', { statistique: corrected }, 'coquille'))
        .then([{ type: 'StatistiqueTerritoireEnregistree', data: { statistique: corrected, precedente: population } }]);
    });

    it('refuses a statistic without source or with a value that is not a number', () => {
      spec
        .given([ouvert])
        .when(cmd('EnregistrerStatistiqueTerritoire', { statistique: { ...population, source: '' } }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'statistique.source' });
      spec
        .given([ouvert])
        .when(cmd('EnregistrerStatistiqueTerritoire', { statistique: { ...population, valeur: '190 459' } }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'statistique.valeur' });
      spec
        .given([ouvert])
        .when(cmd('EnregistrerStatistiqueTerritoire', { statistique: { ...population, perimetre: 'monde' as 'epci' } }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'statistique.perimetre' });
    });
  });
});
