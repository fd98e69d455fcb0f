import type { CommandMetadata, RecordedEvent } from '@cdv/eventsourcing';
import { aCommandMetadata, deciderSpec } from '@cdv/testing';
import { ligneIdDe, type FinanceurRef, type PorteurRef } from '../shared/references';
import type { ConventionCommand, SignerConvention } from './convention.commands';
import { conventionDecider } from './convention.decider';
import { dossierCommandsFromConvention } from './convention.dossier-commands';
import type { ConventionEvent } from './convention.events';
import { conventionStream } from './convention.stream';
import { matching } from '../shared/deep-partial';

const m = matching<ConventionEvent>;
const spec = deciderSpec(conventionDecider);
const agent = (extra: Partial<CommandMetadata> = {}) => aCommandMetadata({ tenantId: 'cabbalr', ...extra });
const prefecture: FinanceurRef = { id: 'prefecture-pas-de-calais', nom: 'Préfecture du Pas-de-Calais', categorie: 'etat_credits_specifiques' };
const ligue: PorteurRef = { id: 'ligue-enseignement-pas-calais', nom: 'LIGUE ENSEIGNEMENT PAS CALAIS', kind: 'association' };
const LIGNE = ligneIdDe(prefecture.id, 'credits_specifiques');

// The « Citoyenneté numérique » CPO signed in May 2019 between the Préfecture and the Ligue, to 2021 (seed 003 L302).
const signerData: SignerConvention['data'] = {
  conventionId: 'cpo-citoyennete-numerique',
  typeConvention: 'pluriannuelle',
  objet: 'Citoyenneté Numérique Former et Agir',
  porteur: ligue,
  signataires: [prefecture],
  anneeDebut: 2019,
  anneeFin: 2021,
  dateSignature: '2019-05-15',
  dossiers: [{ dossierId: 'cabbalr-2019-071', annee: 2019 }],
};
const signee: ConventionEvent = { type: 'ConventionSignee', data: signerData };
const c = (command: Omit<ConventionCommand, 'metadata'>, metadata = agent()) => ({ ...command, metadata }) as ConventionCommand;
const tranche = (overrides: Partial<Extract<ConventionCommand, { type: 'EngagerTranche' }>['data']> = {}, metadata = agent()) =>
  c(
    {
      type: 'EngagerTranche',
      data: {
        conventionId: 'cpo-citoyennete-numerique',
        annee: 2019,
        dossierId: 'cabbalr-2019-071',
        ligneId: LIGNE,
        financeurId: prefecture.id,
        montant: 14_553_00,
        ...overrides,
      },
    },
    metadata,
  );

describe('convention', () => {
  it('names its stream', () => {
    expect(conventionStream('cabbalr', 'cpo-citoyennete-numerique')).toBe('cabbalr:convention-cpo-citoyennete-numerique');
  });

  describe('SignerConvention', () => {
    it('records a CPO with its period, signataires and first dossier', () => {
      spec
        .given([])
        .when(c({ type: 'SignerConvention', data: signerData }))
        .then([signee]);
    });

    it.each([
      ['anneeFin', { anneeFin: 2018 }],
      ['anneeFin', { anneeFin: 2023 }],
      ['anneeFin', { typeConvention: 'annuelle' as const }],
      ['dossiers[0].annee', { dossiers: [{ dossierId: 'x', annee: 2022 }] }],
      ['dossiers', { dossiers: [] }],
      ['signataires', { signataires: [] }],
      ['dateSignature', { dateSignature: 'mai 2019' }],
      ['typeConvention', { typeConvention: 'cadre' as never }],
    ])('refuses bad input (VALIDATION_FAILED on %s)', (field, overrides) => {
      spec
        .given([])
        .when(c({ type: 'SignerConvention', data: { ...signerData, ...overrides } }))
        .thenRefused('VALIDATION_FAILED', undefined, { field });
    });

    it('refuses a second signature (CONFLICT) and non-staff (FORBIDDEN)', () => {
      spec
        .given([signee])
        .when(c({ type: 'SignerConvention', data: signerData }))
        .thenRefused('CONFLICT');
      spec
        .given([])
        .when(c({ type: 'SignerConvention', data: signerData }, agent({ actor: { userId: 'u', role: 'porteur', organisationId: ligue.id } })))
        .thenRefused('FORBIDDEN');
    });
  });

  describe('RattacherDossierAConvention', () => {
    it('links the next year\u2019s dossier to the CPO under the same identifier', () => {
      spec
        .given([signee])
        .when(c({ type: 'RattacherDossierAConvention', data: { conventionId: 'cpo-citoyennete-numerique', dossierId: 'cabbalr-2020-044', annee: 2020 } }))
        .thenMatches(m([{ type: 'DossierRattacheAConvention' }]));
    });

    it('refuses a year outside the period, a dossier twice, an unknown convention', () => {
      spec
        .given([signee])
        .when(c({ type: 'RattacherDossierAConvention', data: { conventionId: 'cpo-citoyennete-numerique', dossierId: 'x', annee: 2022 } }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'annee' });
      spec
        .given([signee])
        .when(c({ type: 'RattacherDossierAConvention', data: { conventionId: 'cpo-citoyennete-numerique', dossierId: 'cabbalr-2019-071', annee: 2019 } }))
        .thenRefused('CONFLICT');
      spec
        .given([])
        .when(c({ type: 'RattacherDossierAConvention', data: { conventionId: 'x', dossierId: 'x', annee: 2020 } }))
        .thenRefused('NOT_FOUND');
      spec
        .given([signee])
        .when(
          c(
            { type: 'RattacherDossierAConvention', data: { conventionId: 'cpo-citoyennete-numerique', dossierId: 'y', annee: 2020 } },
            agent({ actor: { userId: 'a', role: 'auditeur' } }),
          ),
        )
        .thenRefused('FORBIDDEN');
      spec
        .given([signee])
        .when(
          c(
            { type: 'RattacherDossierAConvention', data: { conventionId: 'cpo-citoyennete-numerique', dossierId: 'y', annee: 2020 } },
            agent({ actor: { userId: 'i', role: 'instructeur', organisationId: prefecture.id } }),
          ),
        )
        .thenRefused('FORBIDDEN');
    });
  });

  describe('EngagerTranche', () => {
    it('engages a yearly tranche of a signataire on the year\u2019s dossier', () => {
      spec
        .given([signee])
        .when(tranche({ numeroEngagementJuridique: 'EJ-1' }, agent({ actor: { userId: 'i', role: 'instructeur', organisationId: prefecture.id } })))
        .thenMatches(m([{ type: 'TrancheEngagee', data: { montant: 14_553_00, numeroEngagementJuridique: 'EJ-1' } }]));
    });

    it('refuses another financeur\u2019s instructeur and porteurs (FORBIDDEN)', () => {
      spec
        .given([signee])
        .when(tranche({}, agent({ actor: { userId: 'i', role: 'instructeur', organisationId: 'region-hdf' } })))
        .thenRefused('FORBIDDEN');
      spec
        .given([signee])
        .when(tranche({}, agent({ actor: { userId: 'p', role: 'porteur', organisationId: ligue.id } })))
        .thenRefused('FORBIDDEN');
      spec.given([]).when(tranche()).thenRefused('NOT_FOUND', undefined, { what: 'Convention' });
    });

    it('refuses the same tranche twice (CONFLICT) and inconsistent tranches (VALIDATION_FAILED)', () => {
      spec
        .given([
          signee,
          {
            type: 'TrancheEngagee',
            data: {
              conventionId: 'cpo-citoyennete-numerique',
              annee: 2019,
              dossierId: 'cabbalr-2019-071',
              ligneId: LIGNE,
              financeurId: prefecture.id,
              montant: 1,
            },
          },
        ])
        .when(tranche())
        .thenRefused('CONFLICT');
      spec
        .given([signee])
        .when(tranche({ annee: 2022 }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'annee' });
      spec
        .given([signee])
        .when(tranche({ annee: 2020 }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'dossierId' });
      spec
        .given([signee])
        .when(tranche({ financeurId: 'region-hdf', ligneId: 'region-hdf:droit_commun' }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'financeurId' });
      spec
        .given([signee])
        .when(tranche({ ligneId: 'region-hdf:droit_commun' }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'ligneId' });
      spec
        .given([signee])
        .when(tranche({ montant: 0 }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'montant' });
    });
  });
});

describe('convention events → dossier commands', () => {
  const recorded = (event: ConventionEvent, id: string): RecordedEvent<ConventionEvent> => ({
    id,
    type: event.type,
    schemaVersion: 1,
    stream: 'cabbalr:convention-cpo-citoyennete-numerique',
    revision: 0,
    position: 7,
    data: event.data,
    metadata: {
      tenantId: 'cabbalr',
      actor: { userId: 'agent', role: 'agent' },
      source: 'api',
      effectiveAt: '2019-05-15',
      recordedAt: '2019-05-16T08:00:00.000Z',
      prevHash: null,
      hash: 'h',
    },
  });

  it('moves each linked dossier to conventionne', () => {
    const [dispatch] = dossierCommandsFromConvention(recorded(signee, 'e-1'));
    expect(dispatch).toEqual({
      stream: 'cabbalr:dossier-cabbalr-2019-071',
      command: {
        type: 'ConventionnerDossier',
        data: { dossierId: 'cabbalr-2019-071', conventionId: 'cpo-citoyennete-numerique', typeConvention: 'pluriannuelle' },
        metadata: expect.objectContaining({
          causationId: 'e-1',
          correlationId: 'e-1',
          commandId: 'e-1:cabbalr-2019-071:conventionner',
          effectiveAt: '2019-05-15',
          now: '2019-05-16T08:00:00.000Z',
        }),
      },
    });
    const rattache = dossierCommandsFromConvention(
      recorded({ type: 'DossierRattacheAConvention', data: { conventionId: 'cpo-citoyennete-numerique', dossierId: 'cabbalr-2020-044', annee: 2020 } }, 'e-2'),
      { now: '2020-04-01T00:00:00.000Z' },
    );
    expect(rattache).toMatchObject([
      { stream: 'cabbalr:dossier-cabbalr-2020-044', command: { type: 'ConventionnerDossier', metadata: { now: '2020-04-01T00:00:00.000Z' } } },
    ]);
  });

  it('engages the dossier\u2019s line for a tranche', () => {
    const event: ConventionEvent = {
      type: 'TrancheEngagee',
      data: {
        conventionId: 'cpo-citoyennete-numerique',
        annee: 2019,
        dossierId: 'cabbalr-2019-071',
        ligneId: LIGNE,
        financeurId: prefecture.id,
        montant: 14_553_00,
        numeroEngagementJuridique: 'EJ-1',
        synthetique: ['montant'],
      },
    };
    expect(dossierCommandsFromConvention(recorded(event, 'e-3'))).toMatchObject([
      {
        command: {
          type: 'EngagerFinancement',
          data: {
            dossierId: 'cabbalr-2019-071',
            ligneId: LIGNE,
            montant: 14_553_00,
            conventionId: 'cpo-citoyennete-numerique',
            numeroEngagementJuridique: 'EJ-1',
            synthetique: ['montant'],
          },
        },
      },
    ]);
  });
});
