import { aCommandMetadata, deciderSpec } from '@cdv/testing';
import type { CommandMetadata } from '@cdv/eventsourcing';
import type { FinanceurRef } from '../shared/references';
import { appelDecider } from './appel.decider';
import type { AppelCommand, OuvrirAppelAProjets } from './appel.commands';
import type { AppelEvent } from './appel.events';
import { appelStream } from './appel.stream';
import { matching } from '../shared/deep-partial';

const m = matching<AppelEvent>;
const spec = deciderSpec(appelDecider);
const agent = (extra: Partial<CommandMetadata> = {}) => aCommandMetadata({ tenantId: 'cabbalr', ...extra });
const etat: FinanceurRef = { id: 'prefecture-pas-de-calais', nom: 'Préfecture du Pas-de-Calais (BOP 147)', categorie: 'etat_credits_specifiques' };
const epci: FinanceurRef = { id: 'cabbalr', nom: 'CABBALR – Fonds de Cohésion Sociale', categorie: 'epci' };

const ouvrirData: OuvrirAppelAProjets['data'] = {
  annee: 2019,
  titre: 'Appel à projets Contrat de Ville 2019',
  ouvertureLe: '2018-11-15',
  clotureLe: '2019-01-31',
  priorites: [{ id: 'priorite-1', libelle: 'Déployer le dispositif « PAQTE »' }],
  enveloppes: [
    { financeur: etat, nature: 'credits_specifiques', montant: 1_712_989_00 },
    { financeur: epci, montant: 94_414_00 },
  ],
  comites: [{ comiteId: 'comite-2019-1', date: '2019-03-28', libelle: 'Comité des financeurs' }],
};
const ouvrir = (overrides: Partial<OuvrirAppelAProjets['data']> = {}, metadata = agent()): AppelCommand => ({
  type: 'OuvrirAppelAProjets',
  data: { ...ouvrirData, ...overrides },
  metadata,
});
const ouvert: AppelEvent = { type: 'AppelAProjetsOuvert', data: ouvrirData };
const clos: AppelEvent = { type: 'AppelAProjetsClos', data: { annee: 2019, closLe: '2019-02-01' } };
const command = (c: Omit<AppelCommand, 'metadata'>, metadata = agent()) => ({ ...c, metadata }) as AppelCommand;

describe('appel à projets', () => {
  it('names its stream by tenant and year', () => {
    expect(appelStream('cabbalr', 2019)).toBe('cabbalr:appel-2019');
  });

  describe('OuvrirAppelAProjets', () => {
    it('opens the year with its dates, priorities, envelopes in cents and comités', () => {
      spec.given([]).when(ouvrir()).then([ouvert]);
    });

    it('refuses a second opening (CONFLICT), porteurs, instructeurs and auditors (FORBIDDEN)', () => {
      spec.given([ouvert]).when(ouvrir()).thenRefused('CONFLICT');
      for (const role of ['porteur', 'instructeur', 'auditeur', 'lecteur'] as const) {
        spec
          .given([])
          .when(ouvrir({}, agent({ actor: { userId: 'u', role } })))
          .thenRefused('FORBIDDEN');
      }
    });

    it.each([
      ['clotureLe', { clotureLe: '2018-11-01' }],
      ['ouvertureLe', { ouvertureLe: '15/11/2018' }],
      ['annee', { annee: 19 }],
      ['titre', { titre: '' }],
      ['enveloppes[0].montant', { enveloppes: [{ financeur: etat, montant: -1 }] }],
      ['enveloppes[0].montant', { enveloppes: [{ financeur: etat, montant: 1_000.5 }] }],
      [
        'enveloppes[1].financeur',
        {
          enveloppes: [
            { financeur: etat, montant: 1 },
            { financeur: etat, montant: 2 },
          ],
        },
      ],
      ['comites[0].date', { comites: [{ comiteId: 'c', date: '2019-02-31', libelle: 'x' }] }],
      [
        'comites[1].comiteId',
        {
          comites: [
            { comiteId: 'c', date: '2019-02-01', libelle: 'x' },
            { comiteId: 'c', date: '2019-03-01', libelle: 'y' },
          ],
        },
      ],
      ['priorites[0].libelle', { priorites: [{ id: 'p', libelle: '' }] }],
    ])('refuses bad input (VALIDATION_FAILED on %s)', (field, overrides) => {
      spec.given([]).when(ouvrir(overrides)).thenRefused('VALIDATION_FAILED', undefined, { field });
    });
  });

  describe('FixerEnveloppe', () => {
    it('adds an envelope while open; a change of a published one needs a reason and records the previous amount', () => {
      const region: FinanceurRef = { id: 'region-hdf', nom: 'Région Hauts-de-France', categorie: 'region' };
      spec
        .given([ouvert])
        .when(command({ type: 'FixerEnveloppe', data: { annee: 2019, financeur: region, montant: 150_000_00 } }))
        .then([{ type: 'EnveloppeFixee', data: { annee: 2019, financeur: region, montant: 150_000_00, avant: null } }]);
      spec
        .given([ouvert])
        .when(command({ type: 'FixerEnveloppe', data: { annee: 2019, financeur: epci, montant: 100_000_00 } }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'reason' });
      spec
        .given([ouvert])
        .when(command({ type: 'FixerEnveloppe', data: { annee: 2019, financeur: epci, montant: 100_000_00 } }, agent({ reason: 'délibération du 12/03' })))
        .thenMatches(m([{ data: { montant: 100_000_00, avant: 94_414_00 } }]));
      spec
        .given([ouvert])
        .when(command({ type: 'FixerEnveloppe', data: { annee: 2019, financeur: epci, montant: 94_414_00 } }, agent({ reason: 'r' })))
        .thenNothing();
    });

    it('needs a reason once the appel is closed, refuses bad amounts, unknown appel, wrong year', () => {
      const region: FinanceurRef = { id: 'region-hdf', nom: 'Région', categorie: 'region' };
      spec
        .given([ouvert, clos])
        .when(command({ type: 'FixerEnveloppe', data: { annee: 2019, financeur: region, montant: 1 } }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'reason' });
      spec
        .given([ouvert])
        .when(command({ type: 'FixerEnveloppe', data: { annee: 2019, financeur: region, montant: -1 } }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'montant' });
      spec
        .given([])
        .when(command({ type: 'FixerEnveloppe', data: { annee: 2019, financeur: region, montant: 1 } }))
        .thenRefused('NOT_FOUND');
      spec
        .given([ouvert])
        .when(command({ type: 'FixerEnveloppe', data: { annee: 2020, financeur: region, montant: 1 } }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'annee' });
    });
  });

  describe('PlanifierComite', () => {
    it('adds a comité to the calendar; the same id twice is a CONFLICT', () => {
      spec
        .given([ouvert])
        .when(command({ type: 'PlanifierComite', data: { annee: 2019, comiteId: 'comite-2019-2', date: '2019-06-20', libelle: 'Comité de juin' } }))
        .thenMatches(m([{ type: 'ComitePlanifie' }]));
      spec
        .given([ouvert])
        .when(command({ type: 'PlanifierComite', data: { annee: 2019, comiteId: 'comite-2019-1', date: '2019-06-20', libelle: 'x' } }))
        .thenRefused('CONFLICT');
      spec
        .given([ouvert])
        .when(command({ type: 'PlanifierComite', data: { annee: 2019, comiteId: 'c', date: 'juin', libelle: 'x' } }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'comites[0].date' });
    });
  });

  describe('CloreAppelAProjets', () => {
    it('closes an open appel at its business date', () => {
      spec
        .given([ouvert])
        .when(command({ type: 'CloreAppelAProjets', data: { annee: 2019 } }, agent({ effectiveAt: '2019-02-01' })))
        .then([clos]);
    });

    it('refuses to close twice or a missing appel', () => {
      spec
        .given([ouvert, clos])
        .when(command({ type: 'CloreAppelAProjets', data: { annee: 2019 } }))
        .thenRefused('INVALID_TRANSITION', undefined, { state: 'clos', command: 'CloreAppelAProjets' });
      spec
        .given([])
        .when(command({ type: 'CloreAppelAProjets', data: { annee: 2019 } }))
        .thenRefused('NOT_FOUND');
      spec
        .given([ouvert])
        .when(command({ type: 'CloreAppelAProjets', data: { annee: 2019 } }, agent({ actor: { userId: 'u', role: 'porteur', organisationId: 'x' } })))
        .thenRefused('FORBIDDEN');
    });
  });

  describe('CloturerExercice', () => {
    it('closes the year once every dossier is soldé; then the appel is read-only except corrections', () => {
      const cloture: AppelEvent = { type: 'ExerciceCloture', data: { annee: 2019, clotureLe: '2020-12-31' } };
      spec
        .given([ouvert, clos])
        .when(command({ type: 'CloturerExercice', data: { annee: 2019, dossiersNonSoldes: 0 } }, agent({ effectiveAt: '2020-12-31' })))
        .then([cloture]);
      spec
        .given([ouvert, clos, cloture])
        .when(command({ type: 'PlanifierComite', data: { annee: 2019, comiteId: 'c9', date: '2021-01-10', libelle: 'x' } }))
        .thenRefused('INVALID_TRANSITION', undefined, { state: 'exercice_clos' });
      spec
        .given([ouvert, clos, cloture])
        .when(command({ type: 'FixerEnveloppe', data: { annee: 2019, financeur: epci, montant: 90_000_00 } }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'reason' });
      spec
        .given([ouvert, clos, cloture])
        .when(command({ type: 'FixerEnveloppe', data: { annee: 2019, financeur: epci, montant: 90_000_00 } }, agent({ reason: 'rapport CRC' })))
        .thenMatches(m([{ type: 'EnveloppeFixee' }]));
    });

    it('refuses while the appel is open or dossiers are not soldé (INVALID_TRANSITION)', () => {
      spec
        .given([ouvert])
        .when(command({ type: 'CloturerExercice', data: { annee: 2019, dossiersNonSoldes: 0 } }))
        .thenRefused('INVALID_TRANSITION', undefined, { state: 'ouvert', command: 'CloturerExercice' });
      spec
        .given([ouvert, clos])
        .when(command({ type: 'CloturerExercice', data: { annee: 2019, dossiersNonSoldes: 3 } }))
        .thenRefused('INVALID_TRANSITION', /3 dossier/);
      spec
        .given([ouvert, clos])
        .when(command({ type: 'CloturerExercice', data: { annee: 2019, dossiersNonSoldes: -1 } }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'dossiersNonSoldes' });
    });
  });

  describe('ModifierDateCloture', () => {
    const modifier = (clotureLe: string, metadata = agent({ now: '2019-01-10T09:00:00.000Z' })) =>
      command({ type: 'ModifierDateCloture', data: { annee: 2019, clotureLe } }, metadata);
    const fermeLe15 = agent({ now: '2019-02-15T09:00:00.000Z' });

    it('extends or brings forward the date before it passed, without a reason', () => {
      spec
        .given([ouvert])
        .when(modifier('2019-02-28'))
        .then([{ type: 'DateClotureModifiee', data: { annee: 2019, clotureLe: '2019-02-28', avant: '2019-01-31', reouvert: false } }]);
      spec.given([ouvert]).when(modifier('2019-01-31')).thenNothing();
    });

    it('needs a reason once the date passed, and reopens a clos appel (with a reason) until the new date', () => {
      spec
        .given([ouvert])
        .when(modifier('2019-02-28', fermeLe15))
        .thenRefused('VALIDATION_FAILED', /2019-01-31 has passed/, { field: 'reason' });
      spec.given([ouvert, clos]).when(modifier('2019-02-28', fermeLe15)).thenRefused('VALIDATION_FAILED', /clos/, { field: 'reason' });
      spec
        .given([ouvert, clos])
        .when(modifier('2019-02-28', { ...fermeLe15, reason: 'grève des services postaux' }))
        .then([{ type: 'DateClotureModifiee', data: { annee: 2019, clotureLe: '2019-02-28', avant: '2019-01-31', reouvert: true } }]);
      spec
        .given([ouvert, clos])
        .when(modifier('2019-02-01', { ...fermeLe15, reason: 'x' }))
        .thenRefused('VALIDATION_FAILED', /would not reopen/, { field: 'clotureLe' });
    });

    it('refuses a closed year (INVALID_TRANSITION), a date before the opening or that does not exist (VALIDATION_FAILED), non-staff (FORBIDDEN)', () => {
      spec
        .given([ouvert, clos, { type: 'ExerciceCloture', data: { annee: 2019, clotureLe: '2020-03-01' } }])
        .when(modifier('2020-06-01', { ...fermeLe15, reason: 'x' }))
        .thenRefused('INVALID_TRANSITION', undefined, { state: 'exercice_clos', command: 'ModifierDateCloture' });
      spec.given([ouvert]).when(modifier('2018-10-01')).thenRefused('VALIDATION_FAILED', undefined, { field: 'clotureLe' });
      spec.given([ouvert]).when(modifier('2019-02-30')).thenRefused('VALIDATION_FAILED', undefined, { field: 'clotureLe' });
      spec
        .given([ouvert])
        .when(modifier('2019-02-28', agent({ actor: { userId: 'p', role: 'porteur', organisationId: 'asso' } })))
        .thenRefused('FORBIDDEN');
      spec.given([]).when(modifier('2019-02-28')).thenRefused('NOT_FOUND');
    });

    it('deposits follow the new date: the appel state carries it', () => {
      const state = [
        ouvert,
        clos,
        { type: 'DateClotureModifiee', data: { annee: 2019, clotureLe: '2019-02-28', avant: '2019-01-31', reouvert: true } } as AppelEvent,
      ].reduce((current, event) => appelDecider.evolve(current, event), appelDecider.initialState());
      expect(state).toMatchObject({ statut: 'ouvert', clotureLe: '2019-02-28' });
    });
  });
});
