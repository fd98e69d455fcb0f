import { aCommandMetadata, deciderSpec } from '@cdv/testing';
import type { CommandMetadata } from '@cdv/eventsourcing';
import { dispositifDecider } from './dispositif.decider';
import { plafondAide } from './dispositif.decide';
import type { DispositifCommand } from './dispositif.commands';
import type { DefinitionDispositif, DispositifEvent } from './dispositif.events';
import { dispositifStream } from './dispositif.stream';

const spec = deciderSpec(dispositifDecider);
const agent = (extra: Partial<CommandMetadata> = {}) => aCommandMetadata({ tenantId: 'cabbalr', ...extra });
const command = (c: Omit<DispositifCommand, 'metadata'>, meta = agent()) => ({ ...c, metadata: meta }) as DispositifCommand;

/** The Fonds de Concours « Politique de la Ville » of seed 003 (L406–L420). */
const fdc: DefinitionDispositif = {
  dispositifId: 'fonds-de-concours-pv',
  libelle: 'Fonds de Concours « Politique de la Ville »',
  nature: 'fonds_de_concours',
  financeur: { id: 'cabbalr', nom: 'CABBALR' },
  description: null,
  regles: [{ libelle: '40 % des dépenses éligibles, plafonné à 70 000 €', source: 'L406' }],
  calcul: { tauxMaxPourcentage: 40, plafond: 70_000_00, assiette: 'depenses_eligibles' },
  reglesFinancement: ['fdc-pv-40-pourcent'],
};
const defini: DispositifEvent = { type: 'DispositifDefini', data: { ...fdc, redefinition: false } };
const divion = {
  dispositifId: 'fonds-de-concours-pv',
  operationId: 'divion-cantine',
  annee: 2019,
  beneficiaire: { partenaireId: 'ville-de-divion', nom: 'DIVION', insee: '62270' },
  projet: 'Transformation de 3 logements en cantine scolaire et garderie',
  montantOperation: 129_935_00,
  montantAide: 51_974_00,
};
const enregistree: DispositifEvent = {
  type: 'OperationEnregistree',
  data: { ...divion, depensesEligibles: null, dontPolitiqueVille: null, decideLe: null, plafondCalcule: 51_974_00 },
};

describe('dispositif', () => {
  it('names its stream by tenant and id', () => {
    expect(dispositifStream('cabbalr', 'fonds-de-concours-pv')).toBe('cabbalr:dispositif-fonds-de-concours-pv');
  });

  it('computes the most a fund pays: min(rate × base, cap), to the cent below', () => {
    expect(plafondAide(fdc.calcul!, { montantOperation: 129_935_00 })).toBe(51_974_00);
    expect(plafondAide(fdc.calcul!, { montantOperation: 949_145_00 })).toBe(70_000_00);
    expect(plafondAide({ ...fdc.calcul!, plafond: null }, { montantOperation: 548_159_00 })).toBe(219_263_60);
    expect(plafondAide(fdc.calcul!, { montantOperation: 100_00, depensesEligibles: 33 })).toBe(13);
  });

  it.each(['porteur', 'instructeur', 'auditeur', 'lecteur'] as const)('refuses every command to a %s', (role) => {
    const meta = aCommandMetadata({ tenantId: 'cabbalr', role, organisationId: 'org' });
    spec
      .given([])
      .when(command({ type: 'DefinirDispositif', data: fdc }, meta))
      .thenRefused('FORBIDDEN');
    spec
      .given([defini])
      .when(command({ type: 'EnregistrerOperation', data: divion }, meta))
      .thenRefused('FORBIDDEN');
  });

  describe('DefinirDispositif', () => {
    it('defines a fund; the same definition again changes nothing; a change needs a reason', () => {
      spec
        .given([])
        .when(command({ type: 'DefinirDispositif', data: fdc }))
        .then([defini]);
      spec
        .given([defini])
        .when(command({ type: 'DefinirDispositif', data: fdc }))
        .thenNothing();
      const plafond = { ...fdc, calcul: { ...fdc.calcul!, plafond: 80_000_00 } };
      spec
        .given([defini])
        .when(command({ type: 'DefinirDispositif', data: plafond }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'reason' });
      spec
        .given([defini])
        .when(command({ type: 'DefinirDispositif', data: plafond }, agent({ reason: 'délibération du 12/12/2019' })))
        .then([{ type: 'DispositifDefini', data: { ...plafond, redefinition: true } }]);
    });

    it.each([
      ['dispositifId', { dispositifId: 'Fonds PV' }],
      ['libelle', { libelle: '' }],
      ['nature', { nature: 'subvention' }],
      ['financeur.id', { financeur: { id: '', nom: 'x' } }],
      ['regles[0].libelle', { regles: [{ libelle: '', source: null }] }],
      ['regles', { regles: Array.from({ length: 51 }, () => ({ libelle: 'r', source: null })) }],
      ['calcul.tauxMaxPourcentage', { calcul: { tauxMaxPourcentage: 140, plafond: null, assiette: 'depenses_eligibles' } }],
      ['calcul.plafond', { calcul: { tauxMaxPourcentage: 40, plafond: -1, assiette: 'depenses_eligibles' } }],
      ['calcul.assiette', { calcul: { tauxMaxPourcentage: 40, plafond: null, assiette: 'cout' } }],
      ['reglesFinancement', { reglesFinancement: 'fdc' }],
    ])('refuses a bad %s', (field, patch) => {
      spec
        .given([])
        .when(command({ type: 'DefinirDispositif', data: { ...fdc, ...patch } as never }))
        .thenRefused('VALIDATION_FAILED', undefined, { field });
    });
  });

  describe('EnregistrerOperation', () => {
    it('records an operation with the cap the rule gives', () => {
      spec
        .given([defini])
        .when(command({ type: 'EnregistrerOperation', data: divion }))
        .then([enregistree]);
    });

    it('refuses an aid above the rule (40 % of the eligible expenses, 70 000 € at most)', () => {
      spec
        .given([defini])
        .when(command({ type: 'EnregistrerOperation', data: { ...divion, montantAide: 51_975_00 } }))
        .thenRefused('VALIDATION_FAILED', /at most 5197400 cents/, { field: 'montantAide', plafond: 51_974_00 });
      spec
        .given([defini])
        .when(command({ type: 'EnregistrerOperation', data: { ...divion, operationId: 'noeux', montantOperation: 949_145_00, montantAide: 70_000_01 } }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'montantAide' });
    });

    it('refuses an unknown fund, a duplicate operation and an operation for another fund', () => {
      spec
        .given([])
        .when(command({ type: 'EnregistrerOperation', data: divion }))
        .thenRefused('NOT_FOUND');
      spec
        .given([defini, enregistree])
        .when(command({ type: 'EnregistrerOperation', data: divion }))
        .thenRefused('CONFLICT');
      spec
        .given([defini])
        .when(command({ type: 'EnregistrerOperation', data: { ...divion, dispositifId: 'fonds-cohesion-sociale' } }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'dispositifId' });
    });

    it.each([
      ['operationId', { operationId: 'Divion cantine' }],
      ['annee', { annee: 19 }],
      ['beneficiaire.nom', { beneficiaire: { partenaireId: null, nom: '', insee: null } }],
      ['beneficiaire.insee', { beneficiaire: { partenaireId: null, nom: 'Divion', insee: '6227' } }],
      ['projet', { projet: '' }],
      ['montantOperation', { montantOperation: 0 }],
      ['depensesEligibles', { depensesEligibles: 200_000_00 }],
      ['montantAide', { montantAide: 1.5 }],
      ['montantAide', { montantAide: 200_000_00 }],
      ['dontPolitiqueVille', { dontPolitiqueVille: 60_000_00 }],
      ['decideLe', { decideLe: '2019-02-30' }],
    ])('refuses a bad %s', (field, patch) => {
      spec
        .given([defini])
        .when(command({ type: 'EnregistrerOperation', data: { ...divion, ...patch } as never }))
        .thenRefused('VALIDATION_FAILED', undefined, { field });
    });
  });

  describe('AnnulerOperation', () => {
    it('cancels an operation with a reason, once', () => {
      const annuler = (meta = agent({ reason: 'opération abandonnée par la commune' })) =>
        command({ type: 'AnnulerOperation', data: { dispositifId: 'fonds-de-concours-pv', operationId: 'divion-cantine' } }, meta);
      const annulee: DispositifEvent = { type: 'OperationAnnulee', data: { dispositifId: 'fonds-de-concours-pv', operationId: 'divion-cantine' } };
      spec.given([defini, enregistree]).when(annuler()).then([annulee]);
      spec.given([defini, enregistree, annulee]).when(annuler()).thenNothing();
      spec.given([defini, enregistree]).when(annuler(agent())).thenRefused('VALIDATION_FAILED', undefined, { field: 'reason' });
      spec.given([defini]).when(annuler()).thenRefused('NOT_FOUND');
    });
  });
});
