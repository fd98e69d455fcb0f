import type { Role } from '@cdv/eventsourcing';
import { deciderSpec } from '@cdv/testing';
import { aReferentielCommand, ROLES_NON_REFERENTIEL } from '../referentiel.mother';
import type { ContratCommand, EnregistrerContrat } from './contrat.commands';
import { contratDecider } from './contrat.decider';
import type { ContratEvent } from './contrat.events';

const spec = deciderSpec(contratDecider);
const cmd = <C extends ContratCommand>(type: C['type'], data: C['data'], reason?: string, role: Role = 'admin') =>
  aReferentielCommand<C>(type, data, { role, ...(reason ? { reason } : {}) });

const contrat: EnregistrerContrat['data'] = {
  contratId: 'cv-cavm-2015',
  intitule: 'Contrat de Ville de Valenciennes Métropole',
  periode: { debut: '2015', fin: '2020' },
};
const enregistre: ContratEvent = { type: 'ContratEnregistre', data: contrat };
const signe: ContratEvent = {
  type: 'ContratSigne',
  data: {
    contratId: 'cv-cavm-2015',
    signeLe: '2015-06-30',
    lieu: null,
    signataires: [
      { partenaireId: 'etat', libelle: 'Etat' },
      { partenaireId: 'cavm', libelle: 'Valenciennes Métropole' },
    ],
    nombreSignatairesDeclare: 40,
  },
};
const proroge: ContratEvent = {
  type: 'ContratProroge',
  data: {
    contratId: 'cv-cavm-2015',
    ancienneFin: '2020',
    nouvelleFin: '2022-12-31',
    fondementJuridique: 'article 181 de la loi n°2018-1317',
    dateEffet: '2018-12-28',
  },
};
const pe2r: ContratEvent = {
  type: 'AvenantEnregistre',
  data: {
    contratId: 'cv-cavm-2015',
    avenantId: 'pe2r',
    intitule: "Protocole d'engagements renforcés et réciproques",
    nature: 'annexe',
    alias: ['PE2R'],
    dateDocument: null,
    validations: [{ instance: 'COPIL', date: '2019-07-04', reference: null }],
    periode: { debut: '2019', fin: '2022' },
    signatairesPrevus: [],
  },
};

describe('contrat decider', () => {
  const every: ContratCommand[] = [
    cmd('EnregistrerContrat', contrat),
    cmd('SignerContrat', { signeLe: '2015-06-30', signataires: [{ partenaireId: 'etat', libelle: 'Etat' }] }),
    cmd('AjouterSignataire', { signataire: { partenaireId: 'maisons-cites', libelle: 'Maisons & Cités Habitat' }, depuis: null }, 'avenant'),
    cmd('ProrogerContrat', { nouvelleFin: '2022-12-31', fondementJuridique: null, dateEffet: null }, 'loi de finances 2019'),
    cmd('EnregistrerAvenant', { avenantId: 'a1', intitule: 'Avenant 1', nature: 'avenant' }),
    cmd('SignerAvenant', {
      avenantId: 'pe2r',
      signeLe: '2020-03-06',
      signatures: [{ partenaireId: null, libelle: 'Préfet', representant: null, date: null, lieu: null, note: null }],
    }),
    cmd('AnnexerDocument', { documentId: 'ptlcd', intitule: 'Plan territorial de lutte contre les discriminations' }),
    cmd('ConclureConventionOperationnelle', {
      conventionId: 'co-roubaix',
      commune: { codeInsee: null, nom: 'Roubaix' },
      intitule: 'Volet territorial de Roubaix',
    }),
  ];

  it.each(every.flatMap((command) => ROLES_NON_REFERENTIEL.map((role) => [command.type, role] as const)))('%s is FORBIDDEN to %s', (type, role) => {
    const command = every.find((c) => c.type === type)!;
    spec
      .given([enregistre])
      .when({ ...command, metadata: { ...command.metadata, actor: { userId: 'u', role } } })
      .thenRefused('FORBIDDEN');
  });

  it.each(every.filter((c) => c.type !== 'EnregistrerContrat'))('$type on an unknown contract is NOT_FOUND', (command) => {
    spec.given([]).when(command).thenRefused('NOT_FOUND');
  });

  describe('EnregistrerContrat', () => {
    it('registers a contract with its period as printed, or without a period (CAHC)', () => {
      spec.given([]).when(cmd('EnregistrerContrat', contrat)).then([enregistre]);
      spec
        .given([])
        .when(cmd('EnregistrerContrat', { contratId: 'cv-cahc', intitule: 'Contrat de ville de la CAHC', periode: null }))
        .thenMatches([{ type: 'ContratEnregistre', data: expect.objectContaining({ periode: null }) }]);
    });
    it.each([
      [{ intitule: '' }, 'intitule'],
      [{ contratId: 'cv cavm' }, 'contratId'],
      [{ periode: { debut: '2015', fin: '2014' } }, 'periode.fin'],
      [{ periode: { debut: '15', fin: null } }, 'periode.debut'],
    ])('refuses %o (VALIDATION_FAILED on %s)', (change, field) => {
      spec
        .given([])
        .when(cmd('EnregistrerContrat', { ...contrat, ...change }))
        .thenRefused('VALIDATION_FAILED', undefined, { field });
    });
    it('is a no-op when repeated (even after a prorogation), a CONFLICT otherwise', () => {
      spec.given([enregistre, proroge]).when(cmd('EnregistrerContrat', contrat)).thenNothing();
      spec
        .given([enregistre])
        .when(cmd('EnregistrerContrat', { ...contrat, intitule: 'Autre' }))
        .thenRefused('CONFLICT');
    });
  });

  describe('SignerContrat', () => {
    it('signs with its signatories and the count the document states', () => {
      spec
        .given([enregistre])
        .when(cmd('SignerContrat', { signeLe: '2015-06-30', signataires: signe.data.signataires, nombreSignatairesDeclare: 40 }))
        .then([signe]);
    });
    it('accepts signatories stated only by their number', () => {
      spec
        .given([enregistre])
        .when(cmd('SignerContrat', { signeLe: '2015-06-30', signataires: [], nombreSignatairesDeclare: 40 }))
        .thenMatches([{ type: 'ContratSigne', data: expect.objectContaining({ signataires: [], nombreSignatairesDeclare: 40 }) }]);
    });
    it('refuses no signatory, a bad date, a partner twice, a bad count', () => {
      spec
        .given([enregistre])
        .when(cmd('SignerContrat', { signeLe: '2015-06-30', signataires: [] }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'signataires' });
      spec
        .given([enregistre])
        .when(cmd('SignerContrat', { signeLe: '30/06/2015', signataires: signe.data.signataires }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'signeLe' });
      spec
        .given([enregistre])
        .when(
          cmd('SignerContrat', {
            signeLe: null,
            signataires: [
              { partenaireId: 'etat', libelle: 'Etat' },
              { partenaireId: 'etat', libelle: 'Préfet' },
            ],
          }),
        )
        .thenRefused('VALIDATION_FAILED', /twice/, { field: 'signataires' });
      spec
        .given([enregistre])
        .when(cmd('SignerContrat', { signeLe: null, signataires: [{ partenaireId: null, libelle: '' }] }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'signataires[0].libelle' });
      spec
        .given([enregistre])
        .when(cmd('SignerContrat', { signeLe: null, signataires: signe.data.signataires, nombreSignatairesDeclare: 0 }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'nombreSignatairesDeclare' });
    });
    it('signing again identically is a no-op, differently an INVALID_TRANSITION', () => {
      spec
        .given([enregistre, signe])
        .when(cmd('SignerContrat', { signeLe: '2015-06-30', signataires: signe.data.signataires, nombreSignatairesDeclare: 40 }))
        .thenNothing();
      spec
        .given([enregistre, signe])
        .when(cmd('SignerContrat', { signeLe: '2015-07-01', signataires: signe.data.signataires }))
        .thenRefused('INVALID_TRANSITION', undefined, { state: 'signe' });
    });
  });

  describe('AjouterSignataire', () => {
    const ajout = { signataire: { partenaireId: 'maisons-cites', libelle: 'Maisons & Cités Habitat' }, depuis: null };
    it('adds a signatory after the signature with a reason', () => {
      spec
        .given([enregistre, signe])
        .when(cmd('AjouterSignataire', ajout, 'Avenant : ajout du signataire Maison&Cités Habitat'))
        .then([{ type: 'SignataireAjoute', data: { contratId: 'cv-cavm-2015', ...ajout } }]);
      spec.given([enregistre, signe]).when(cmd('AjouterSignataire', ajout)).thenRefused('VALIDATION_FAILED', undefined, { field: 'reason' });
      spec
        .given([enregistre, signe])
        .when(cmd('AjouterSignataire', { signataire: { partenaireId: 'etat', libelle: 'État' }, depuis: null }, 'x'))
        .thenNothing();
      spec
        .given([enregistre])
        .when(cmd('AjouterSignataire', ajout, 'x'))
        .thenRefused('INVALID_TRANSITION', undefined, { state: 'enregistre' });
      spec
        .given([enregistre, signe])
        .when(cmd('AjouterSignataire', { ...ajout, depuis: 'hier' }, 'x'))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'depuis' });
    });
  });

  describe('ProrogerContrat', () => {
    const prorogation = { nouvelleFin: '2022-12-31', fondementJuridique: 'article 181 de la loi n°2018-1317', dateEffet: '2018-12-28' };
    it('extends the term as an event with its legal basis; after the signature it needs a reason', () => {
      spec.given([enregistre]).when(cmd('ProrogerContrat', prorogation)).then([proroge]);
      spec
        .given([enregistre, signe])
        .when(cmd('ProrogerContrat', prorogation))
        .thenRefused('VALIDATION_FAILED', /reason/, { field: 'reason' });
      spec
        .given([enregistre, signe])
        .when(cmd('ProrogerContrat', prorogation, 'loi de finances pour 2019'))
        .then([proroge]);
      spec
        .given([enregistre, signe, proroge])
        .when(cmd('ProrogerContrat', { ...prorogation, nouvelleFin: '2022' }, 'x'))
        .thenNothing();
    });
    it('refuses to shorten, a bad date, a contract without a period', () => {
      spec
        .given([enregistre])
        .when(cmd('ProrogerContrat', { ...prorogation, nouvelleFin: '2019' }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'nouvelleFin' });
      spec
        .given([enregistre])
        .when(cmd('ProrogerContrat', { ...prorogation, nouvelleFin: 'fin 2022' }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'nouvelleFin' });
      const sansPeriode: ContratEvent = { type: 'ContratEnregistre', data: { contratId: 'cv-cahc', intitule: 'CAHC', periode: null } };
      spec.given([sansPeriode]).when(cmd('ProrogerContrat', prorogation)).thenRefused('INVALID_TRANSITION', undefined, { state: 'sans_periode' });
    });
  });

  describe('avenants', () => {
    it('registers an avenant (the PE2R, an annexe at Valenciennes), then its signatures over months', () => {
      spec
        .given([enregistre, signe])
        .when(
          cmd('EnregistrerAvenant', {
            avenantId: 'pe2r',
            intitule: "Protocole d'engagements renforcés et réciproques",
            nature: 'annexe',
            alias: ['PE2R'],
            validations: [{ instance: 'COPIL', date: '2019-07-04', reference: null }],
            periode: { debut: '2019', fin: '2022' },
          }),
        )
        .then([pe2r]);
      const signatures = [
        {
          partenaireId: 'etat',
          libelle: "Préfet délégué pour l'Egalité des Chances",
          representant: null,
          date: '2019-07-04',
          lieu: 'Valenciennes',
          note: null,
        },
        {
          partenaireId: 'departement-nord',
          libelle: 'Président du Conseil Départemental du Nord',
          representant: 'Jean-René LECERF',
          date: null,
          lieu: null,
          note: "partly legible: '.. 1 FEV. 2020'",
        },
      ];
      spec
        .given([enregistre, signe, pe2r])
        .when(cmd('SignerAvenant', { avenantId: 'pe2r', signeLe: null, signatures }))
        .then([{ type: 'AvenantSigne', data: { contratId: 'cv-cavm-2015', avenantId: 'pe2r', signeLe: null, lieu: null, signatures } }]);
    });
    it('refuses bad avenants and signatures; a second different signature is an INVALID_TRANSITION', () => {
      spec
        .given([enregistre])
        .when(cmd('EnregistrerAvenant', { avenantId: 'a1', intitule: '', nature: null }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'intitule' });
      spec
        .given([enregistre])
        .when(cmd('EnregistrerAvenant', { avenantId: 'a1', intitule: 'x', nature: 'lettre' as 'avenant' }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'nature' });
      spec
        .given([enregistre])
        .when(
          cmd('EnregistrerAvenant', { avenantId: 'a1', intitule: 'x', nature: null, validations: [{ instance: 'COPIL', date: 'juillet', reference: null }] }),
        )
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'validations[0].date' });
      spec
        .given([enregistre, pe2r])
        .when(cmd('EnregistrerAvenant', { avenantId: 'pe2r', intitule: 'Autre', nature: null }))
        .thenRefused('CONFLICT');
      spec
        .given([enregistre])
        .when(cmd('SignerAvenant', { avenantId: 'pe2r', signeLe: null, signatures: [] }))
        .thenRefused('NOT_FOUND');
      spec
        .given([enregistre, pe2r])
        .when(cmd('SignerAvenant', { avenantId: 'pe2r', signeLe: null, signatures: [] }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'signatures' });
      const signed: ContratEvent = {
        type: 'AvenantSigne',
        data: {
          contratId: 'cv-cavm-2015',
          avenantId: 'pe2r',
          signeLe: '2020-03-06',
          lieu: 'Arras',
          signatures: [{ partenaireId: null, libelle: 'Préfet', representant: null, date: null, lieu: null, note: null }],
        },
      };
      spec
        .given([enregistre, pe2r, signed])
        .when(cmd('SignerAvenant', { avenantId: 'pe2r', signeLe: '2020-03-07', signatures: signed.data.signatures }))
        .thenRefused('INVALID_TRANSITION');
      spec
        .given([enregistre, pe2r, signed])
        .when(cmd('SignerAvenant', { avenantId: 'pe2r', signeLe: '2020-03-06', lieu: 'Arras', signatures: signed.data.signatures }))
        .thenNothing();
    });
  });

  describe('AnnexerDocument and ConclureConventionOperationnelle', () => {
    it('annexes documents and commune conventions once', () => {
      spec
        .given([enregistre])
        .when(cmd('AnnexerDocument', { documentId: 'ptlcd', intitule: 'Plan territorial de lutte contre les discriminations' }))
        .thenMatches([{ type: 'DocumentAnnexe' }]);
      spec
        .given([enregistre])
        .when(cmd('AnnexerDocument', { documentId: 'ptlcd', intitule: ' ' }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'intitule' });
      const annexe: ContratEvent = {
        type: 'DocumentAnnexe',
        data: { contratId: 'cv-cavm-2015', documentId: 'ptlcd', intitule: 'PTLCD', date: null, note: null },
      };
      spec
        .given([enregistre, annexe])
        .when(cmd('AnnexerDocument', { documentId: 'ptlcd', intitule: 'PTLCD' }))
        .thenNothing();
      spec
        .given([enregistre, annexe])
        .when(cmd('AnnexerDocument', { documentId: 'ptlcd', intitule: 'Autre' }))
        .thenRefused('CONFLICT');
      spec
        .given([enregistre])
        .when(
          cmd('ConclureConventionOperationnelle', {
            conventionId: 'co-roubaix',
            commune: { codeInsee: null, nom: 'Roubaix' },
            intitule: 'Volet territorial de Roubaix',
          }),
        )
        .thenMatches([{ type: 'ConventionOperationnelleConclue', data: expect.objectContaining({ commune: { codeInsee: null, nom: 'Roubaix' } }) }]);
      spec
        .given([enregistre])
        .when(cmd('ConclureConventionOperationnelle', { conventionId: 'co-roubaix', commune: { codeInsee: '5951', nom: 'Roubaix' }, intitule: 'x' }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'commune.codeInsee' });
      const conclue: ContratEvent = {
        type: 'ConventionOperationnelleConclue',
        data: {
          contratId: 'cv-cavm-2015',
          conventionId: 'co-roubaix',
          commune: { codeInsee: null, nom: 'Roubaix' },
          intitule: 'Volet territorial de Roubaix',
          periode: null,
          signeLe: null,
        },
      };
      spec
        .given([enregistre, conclue])
        .when(
          cmd('ConclureConventionOperationnelle', {
            conventionId: 'co-roubaix',
            commune: { codeInsee: null, nom: 'Roubaix' },
            intitule: 'Volet territorial de Roubaix',
          }),
        )
        .thenNothing();
      spec
        .given([enregistre, conclue])
        .when(cmd('ConclureConventionOperationnelle', { conventionId: 'co-roubaix', commune: { codeInsee: null, nom: 'Tourcoing' }, intitule: 'x' }))
        .thenRefused('CONFLICT');
    });
  });
});
