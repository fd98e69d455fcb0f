import { aCommandMetadata, deciderSpec } from '@cdv/testing';
import { empreinte } from '../shared/regles';
import { rapportDecider } from './rapport.decider';
import { rapportStream } from './rapport.stream';
import type { RapportEvent } from './rapport.events';
import {
  adopte,
  arrete,
  avisMarles,
  bruay,
  chiffres,
  close,
  command,
  conclusion,
  conseilCitoyen,
  introduction,
  marles,
  metadata,
  redigee,
  soumis,
} from './rapport.mother';

const spec = deciderSpec(rapportDecider);
/** An event matched on the fields a test is about. */
const partiel = (event: { type: RapportEvent['type']; data: Record<string, unknown> }) => event as unknown as Partial<RapportEvent>;
const ROLES_REFUSES = ['porteur', 'instructeur', 'auditeur', 'lecteur'] as const;
const arreter = (extra: Record<string, unknown> = {}, meta = metadata({ effectiveAt: '2020-09-29' })) =>
  command({ type: 'ArreterRapport', data: { annee: 2019, arreteAu: '2020-09-29T00:00:00.000Z', position: 1_000, chiffres: chiffres(), ...extra } }, meta);
const avis = (extra: Record<string, unknown> = {}, meta = metadata()) =>
  command(
    {
      type: 'EnregistrerAvis',
      data: {
        annee: 2019,
        destinataireId: 'marles-les-mines',
        organe: 'Conseil municipal de Marles-les-Mines',
        seanceLe: '2020-11-18',
        sens: 'favorable',
        texte: 'EMET un avis favorable au rapport',
        deliberation: { numero: '18.11.20.17', executoireLe: '2020-11-25' },
        ...extra,
      },
    },
    meta,
  );
const enConsultation: RapportEvent[] = [redigee(introduction), arrete(), soumis];

describe('rapport annuel', () => {
  it('names its stream by tenant and year', () => {
    expect(rapportStream('cabbalr', 2019)).toBe('cabbalr:rapport-2019');
  });

  it.each(ROLES_REFUSES)('refuses every command to a %s (only EPCI staff write the report)', (role) => {
    const meta = aCommandMetadata({ tenantId: 'cabbalr', role, organisationId: 'org' });
    spec
      .given([])
      .when(command({ type: 'RedigerSection', data: { annee: 2019, section: introduction } }, meta))
      .thenRefused('FORBIDDEN');
    spec
      .given([redigee(introduction)])
      .when(arreter({}, { ...meta, now: '2020-12-01T00:00:00.000Z' }))
      .thenRefused('FORBIDDEN');
    spec.given(enConsultation).when(avis({}, meta)).thenRefused('FORBIDDEN');
    spec
      .given([...enConsultation, close])
      .when(command({ type: 'AdopterRapport', data: { annee: 2019, deliberation: { date: '2020-12-01', numero: '1' } } }, meta))
      .thenRefused('FORBIDDEN');
  });

  it('refuses a command naming another year than its stream', () => {
    spec
      .given([redigee(introduction)])
      .when(command({ type: 'RetirerSection', data: { annee: 2020, sectionId: 'introduction' } }))
      .thenRefused('VALIDATION_FAILED', /rapport 2019/, { field: 'annee' });
    spec
      .given([])
      .when(command({ type: 'CloreConsultation', data: { annee: 19 } }))
      .thenRefused('VALIDATION_FAILED', undefined, { field: 'annee' });
  });

  describe('RedigerSection / RetirerSection', () => {
    it('drafts a section (creating the report), replaces it with what it was, and ignores an identical one', () => {
      spec
        .given([])
        .when(command({ type: 'RedigerSection', data: { annee: 2019, section: introduction } }))
        .then([redigee(introduction)]);
      const nouvelle = { ...introduction, texte: 'Nouveau texte', provenance: { type: 'redige' as const } };
      spec
        .given([redigee(introduction)])
        .when(command({ type: 'RedigerSection', data: { annee: 2019, section: nouvelle } }))
        .then([{ type: 'SectionRedigee', data: { annee: 2019, section: nouvelle, precedente: { titre: 'Introduction', texte: introduction.texte } } }]);
      spec
        .given([redigee(introduction)])
        .when(command({ type: 'RedigerSection', data: { annee: 2019, section: introduction } }))
        .thenNothing();
    });

    it('keeps drafting after an arrêté: the draft is the next version, the arrêté one stays as it was', () => {
      spec
        .given([redigee(introduction), arrete(), soumis])
        .when(command({ type: 'RedigerSection', data: { annee: 2019, section: conclusion } }))
        .then([redigee(conclusion)]);
    });

    it.each([
      ['section.sectionId', { sectionId: 'Intro duction' }],
      ['section.titre', { titre: '' }],
      ['section.texte', { texte: 'x'.repeat(50_001) }],
      ['section.ordre', { ordre: -1 }],
      ['section.provenance', { provenance: { type: 'copie' } }],
      ['section.provenance.lignes', { provenance: { type: 'document', document: 'seed', lignes: '' } }],
    ])('refuses a bad %s', (field, patch) => {
      spec
        .given([])
        .when(command({ type: 'RedigerSection', data: { annee: 2019, section: { ...introduction, ...patch } as never } }))
        .thenRefused('VALIDATION_FAILED', undefined, { field });
    });

    it('bounds the number of sections', () => {
      const given = Array.from({ length: 60 }, (_, i) => redigee({ ...introduction, sectionId: `s-${i}` }));
      spec
        .given(given)
        .when(command({ type: 'RedigerSection', data: { annee: 2019, section: conclusion } }))
        .thenRefused('VALIDATION_FAILED', /60 sections/);
    });

    it('removes a section; an unknown one is NOT_FOUND, and so is a report never drafted', () => {
      spec
        .given([redigee(introduction)])
        .when(command({ type: 'RetirerSection', data: { annee: 2019, sectionId: 'introduction' } }))
        .then([{ type: 'SectionRetiree', data: { annee: 2019, sectionId: 'introduction' } }]);
      spec
        .given([redigee(introduction)])
        .when(command({ type: 'RetirerSection', data: { annee: 2019, sectionId: 'analyse' } }))
        .thenRefused('NOT_FOUND');
      spec
        .given([])
        .when(command({ type: 'RetirerSection', data: { annee: 2019, sectionId: 'analyse' } }))
        .thenRefused('NOT_FOUND');
    });
  });

  describe('ArreterRapport', () => {
    it('freezes the figures with their fingerprint, the log position they cover and the draft sections in order', () => {
      spec
        .given([redigee(conclusion), redigee(introduction)])
        .when(arreter({ signataire: { nom: 'Eric EDOUARD', qualite: 'Conseiller Délégué' } }))
        .then([arrete(1, { sections: [introduction, conclusion], signataire: { nom: 'Eric EDOUARD', qualite: 'Conseiller Délégué' } })]);
    });

    it('fingerprints the canonical JSON of the figures (same figures in another key order, same fingerprint)', () => {
      expect(empreinte({ annee: 2019, format: 'rapport-annuel/1', projets: 130 })).toBe(empreinte(chiffres()));
      expect(empreinte(chiffres({ projets: 131 }))).not.toBe(empreinte(chiffres()));
    });

    it('does nothing when the same figures and sections are arrêtées again', () => {
      spec
        .given([redigee(introduction), arrete()])
        .when(arreter())
        .thenNothing();
    });

    it('makes a new version only with a reason, never as of an earlier instant, and interrupts a running consultation', () => {
      const apres = { arreteAu: '2020-12-01T00:00:00.000Z', position: 2_000, chiffres: chiffres({ projets: 131 }) };
      spec
        .given(enConsultation)
        .when(arreter(apres))
        .thenRefused('VALIDATION_FAILED', /new version needs a reason/, { field: 'reason' });
      spec
        .given([...enConsultation, avisMarles])
        .when(arreter(apres, metadata({ reason: 'correction du montant du PRE' })))
        .thenMatches([partiel({ type: 'RapportArrete', data: { version: 2, versionPrecedente: 1, consultationInterrompue: true, position: 2_000 } })]);
      spec
        .given([...enConsultation, close, adopte])
        .when(arreter({ ...apres, arreteAu: '2020-09-01T00:00:00.000Z' }, metadata({ reason: 'nouvelle version' })))
        .thenRefused('VALIDATION_FAILED', /earlier instant/, { field: 'arreteAu' });
      spec
        .given([...enConsultation, close, adopte])
        .when(arreter(apres, metadata({ reason: 'erreur dans le tableau Santé' })))
        .thenMatches([partiel({ type: 'RapportArrete', data: { version: 2, consultationInterrompue: false } })]);
    });

    it.each([
      ['arreteAu', { arreteAu: '2020-09-29' }],
      ['arreteAu', { arreteAu: '2021-01-01T00:00:00.000Z' }],
      ['position', { position: -1 }],
      ['position', { position: 1.5 }],
      ['chiffres', { chiffres: null }],
      ['chiffres.format', { chiffres: { annee: 2019 } }],
      ['chiffres.annee', { chiffres: chiffres({ annee: 2018 }) }],
      ['chiffres', { chiffres: chiffres({ x: Number.NaN }) }],
      ['chiffres', { chiffres: chiffres({ texte: 'x'.repeat(8_000_001) }) }],
      ['signataire.nom', { signataire: { nom: '', qualite: 'Président' } }],
    ])('refuses a bad %s', (field, patch) => {
      spec
        .given([redigee(introduction)])
        .when(arreter(patch))
        .thenRefused('VALIDATION_FAILED', undefined, { field });
    });
  });

  describe('SoumettreAConsultation', () => {
    const soumettre = (extra: Record<string, unknown> = {}, meta = metadata()) =>
      command(
        { type: 'SoumettreAConsultation', data: { annee: 2019, envoyeLe: '2020-10-20', destinataires: [marles, bruay, conseilCitoyen], ...extra } },
        meta,
      );

    it('sends the arrêté version to its recipients with a one-month deadline by default', () => {
      spec
        .given([redigee(introduction), arrete()])
        .when(soumettre())
        .then([soumis]);
      spec
        .given([arrete()])
        .when(soumettre({ envoyeLe: '2020-10-31', echeance: '2020-12-15' }))
        .thenMatches([partiel({ type: 'RapportSoumisAConsultation', data: { echeance: '2020-12-15', delaiParDefaut: false } })]);
      spec
        .given([arrete()])
        .when(soumettre({ envoyeLe: '2020-10-31' }))
        .thenMatches([partiel({ type: 'RapportSoumisAConsultation', data: { echeance: '2020-11-30' } })]);
    });

    it('refuses a draft, a report already in consultation or adopted (INVALID_TRANSITION naming the state)', () => {
      spec
        .given([redigee(introduction)])
        .when(soumettre())
        .thenRefused('INVALID_TRANSITION', undefined, { state: 'brouillon', command: 'SoumettreAConsultation' });
      spec.given(enConsultation).when(soumettre()).thenRefused('INVALID_TRANSITION', undefined, { state: 'en_consultation' });
      spec
        .given([...enConsultation, close, adopte])
        .when(soumettre())
        .thenRefused('INVALID_TRANSITION', undefined, { state: 'adopte' });
      spec.given([]).when(soumettre()).thenRefused('NOT_FOUND');
    });

    it.each([
      ['envoyeLe', { envoyeLe: '20/10/2020' }],
      ['envoyeLe', { envoyeLe: '2020-09-01' }],
      ['envoyeLe', { envoyeLe: '2021-01-10' }],
      ['echeance', { echeance: '2020-10-19' }],
      ['destinataires', { destinataires: [] }],
      ['destinataires[1].destinataireId', { destinataires: [marles, marles] }],
      ['destinataires[0].type', { destinataires: [{ ...marles, type: 'departement' }] }],
      ['destinataires[0].insee', { destinataires: [{ ...marles, insee: '6255' }] }],
      ['destinataires', { destinataires: Array.from({ length: 501 }, (_, i) => ({ ...marles, destinataireId: `c-${i}` })) }],
    ])('refuses a bad %s', (field, patch) => {
      spec.given([arrete()]).when(soumettre(patch)).thenRefused('VALIDATION_FAILED', undefined, { field });
    });
  });

  describe('EnregistrerAvis', () => {
    it('annexes an avis with its organ, séance, outcome, verbatim text and délibération', () => {
      spec.given(enConsultation).when(avis()).then([avisMarles]);
      spec
        .given(enConsultation)
        .when(
          avis({
            destinataireId: 'bruay-la-buissiere',
            organe: 'Conseil municipal',
            seanceLe: '2020-11-07',
            sens: 'prend_acte',
            texte: 'PREND ACTE',
            deliberation: null,
          }),
        )
        .thenMatches([partiel({ type: 'AvisEnregistre', data: { sens: 'prend_acte', deliberation: null } })]);
    });

    it('refuses an avis given after the deadline: silence already counts as favourable', () => {
      spec
        .given(enConsultation)
        .when(avis({ seanceLe: '2020-11-21' }))
        .thenRefused('INVALID_TRANSITION', /ended on 2020-11-20/, { state: 'consultation_echue' });
    });

    it('refuses an avis outside the consultation, twice for one recipient, or from someone not consulted', () => {
      spec
        .given([redigee(introduction), arrete()])
        .when(avis())
        .thenRefused('INVALID_TRANSITION', undefined, { state: 'arrete' });
      spec
        .given([...enConsultation, close])
        .when(avis())
        .thenRefused('INVALID_TRANSITION', undefined, { state: 'consultation_close' });
      spec
        .given([...enConsultation, avisMarles])
        .when(avis())
        .thenRefused('CONFLICT');
      spec
        .given(enConsultation)
        .when(avis({ destinataireId: 'bethune' }))
        .thenRefused('NOT_FOUND');
    });

    it.each([
      ['organe', { organe: ' ' }, null],
      ['seanceLe', { seanceLe: '2020-11-31' }, null],
      ['seanceLe', { seanceLe: '2020-10-01' }, null],
      ['seanceLe', { seanceLe: '2020-11-19' }, '2020-11-10T00:00:00.000Z'],
      ['sens', { sens: 'mitige' }, null],
      ['texte', { texte: '' }, null],
      ['deliberation.executoireLe', { deliberation: { numero: '1', executoireLe: 'demain' } }, null],
      ['recuLe', { recuLe: '2020-13-01' }, null],
    ])('refuses a bad %s', (field, patch, now) => {
      spec
        .given(enConsultation)
        .when(avis(patch, metadata(now ? { now } : {})))
        .thenRefused('VALIDATION_FAILED', undefined, { field });
    });
  });

  describe('CloreConsultation', () => {
    it('closes at the deadline, counting the silent recipients as favourable', () => {
      spec
        .given([...enConsultation, avisMarles])
        .when(command({ type: 'CloreConsultation', data: { annee: 2019 } }, metadata({ now: '2020-11-21T08:00:00.000Z' })))
        .then([close]);
    });

    it('closes before the deadline once every recipient has answered', () => {
      const un = { ...soumis, data: { ...soumis.data, destinataires: [marles] } } as RapportEvent;
      spec
        .given([redigee(introduction), arrete(), un, avisMarles])
        .when(command({ type: 'CloreConsultation', data: { annee: 2019 } }, metadata({ now: '2020-11-19T08:00:00.000Z' })))
        .then([{ type: 'ConsultationClose', data: { annee: 2019, version: 1, closeLe: '2020-11-19', avisTacites: [] } }]);
    });

    it('refuses while the consultation runs, and outside one', () => {
      spec
        .given(enConsultation)
        .when(command({ type: 'CloreConsultation', data: { annee: 2019 } }, metadata({ now: '2020-11-20T23:00:00.000Z' })))
        .thenRefused('INVALID_TRANSITION', /runs until 2020-11-20 \(3 recipient/);
      spec
        .given([arrete()])
        .when(command({ type: 'CloreConsultation', data: { annee: 2019 } }))
        .thenRefused('INVALID_TRANSITION', undefined, { state: 'arrete' });
    });
  });

  describe('AdopterRapport', () => {
    const adopter = (deliberation: Record<string, unknown> = { date: '2020-12-10', numero: '2020-245' }, extra: Record<string, unknown> = {}) =>
      command({ type: 'AdopterRapport', data: { annee: 2019, deliberation, ...extra } as never });

    it('adopts after the consultation, closing it first when the deadline has passed', () => {
      spec
        .given([...enConsultation, close])
        .when(adopter())
        .then([adopte]);
      spec
        .given([...enConsultation, avisMarles])
        .when(adopter())
        .then([
          { type: 'ConsultationClose', data: { annee: 2019, version: 1, closeLe: '2020-12-10', avisTacites: ['bruay-la-buissiere', 'cc-regain'] } },
          adopte,
        ]);
    });

    it('refuses to adopt during the consultation', () => {
      spec
        .given(enConsultation)
        .when(adopter({ date: '2020-11-15', numero: '2020-200' }))
        .thenRefused('INVALID_TRANSITION', /runs until 2020-11-20/);
    });

    it('refuses to adopt a draft or an arrêté report never sent for avis, or one adopted already', () => {
      spec
        .given([redigee(introduction)])
        .when(adopter())
        .thenRefused('INVALID_TRANSITION', undefined, { state: 'brouillon' });
      spec.given([arrete()]).when(adopter()).thenRefused('INVALID_TRANSITION', undefined, { state: 'arrete' });
      spec
        .given([...enConsultation, close, adopte])
        .when(adopter())
        .thenRefused('INVALID_TRANSITION', undefined, { state: 'adopte' });
    });

    it.each([
      ['deliberation', null],
      ['deliberation.date', { date: '10/12/2020', numero: '1' }],
      ['deliberation.numero', { date: '2020-12-10', numero: '' }],
      ['deliberation.date', { date: '2020-12-31', numero: '1' }],
      ['deliberation.date', { date: '2020-11-20', numero: '1' }],
    ])('refuses a bad %s', (field, deliberation) => {
      spec
        .given([...enConsultation, close])
        .when(adopter(deliberation as never))
        .thenRefused('VALIDATION_FAILED', undefined, { field });
    });
  });

  describe('TransmettreRapport', () => {
    const transmettre = (transmisLe = '2020-12-14') =>
      command({ type: 'TransmettreRapport', data: { annee: 2019, transmisLe, reference: 'courrier 2020-1234' } });

    it('transmits the adopted version to the préfet', () => {
      spec
        .given([...enConsultation, close, adopte])
        .when(transmettre())
        .then([
          { type: 'RapportTransmis', data: { annee: 2019, version: 1, transmisLe: '2020-12-14', destinataire: 'Préfet', reference: 'courrier 2020-1234' } },
        ]);
    });

    it('refuses before adoption, twice, before the adoption date or in the future', () => {
      spec
        .given([...enConsultation, close])
        .when(transmettre())
        .thenRefused('INVALID_TRANSITION', undefined, { state: 'consultation_close' });
      const transmis: RapportEvent = {
        type: 'RapportTransmis',
        data: { annee: 2019, version: 1, transmisLe: '2020-12-14', destinataire: 'Préfet', reference: null },
      };
      spec
        .given([...enConsultation, close, adopte, transmis])
        .when(transmettre())
        .thenRefused('INVALID_TRANSITION', undefined, { state: 'transmis' });
      spec
        .given([...enConsultation, close, adopte])
        .when(transmettre('2020-12-01'))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'transmisLe' });
      spec
        .given([...enConsultation, close, adopte])
        .when(transmettre('2020-12-16'))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'transmisLe' });
    });
  });
});
