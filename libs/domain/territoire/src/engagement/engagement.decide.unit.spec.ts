import type { Role } from '@cdv/eventsourcing';
import { deciderSpec } from '@cdv/testing';
import { aReferentielCommand, ROLES_NON_REFERENTIEL } from '../referentiel.mother';
import type { EngagementCommand, PrendreEngagement } from './engagement.commands';
import { engagementDecider } from './engagement.decider';
import type { CibleIndicateur, EngagementEvent } from './engagement.events';

const spec = deciderSpec(engagementDecider);
const cmd = <C extends EngagementCommand>(type: C['type'], data: C['data'], reason?: string, role: Role = 'admin') =>
  aReferentielCommand<C>(type, data, { role, ...(reason ? { reason } : {}) });

// MEL "#Agir pour réussir" (000:L285): targets as ranges.
const agir: PrendreEngagement['data'] = {
  engagementId: 'E-AGIR-POUR-REUSSIR',
  contratId: 'cv-mel',
  priorite: 'EMPLOI',
  objectif: '#Agir pour réussir',
  responsables: [
    { partenaireId: 'pole-emploi', libelle: 'Pôle Emploi' },
    { partenaireId: null, libelle: 'PLIE' },
  ],
  noeuds: [{ cadreId: 'cv-mel', noeudId: 'v1.C1.emploi' }],
};
const pris: EngagementEvent = {
  type: 'EngagementPris',
  data: {
    engagementId: 'E-AGIR-POUR-REUSSIR',
    contratId: 'cv-mel',
    groupe: null,
    priorite: 'EMPLOI',
    objectif: '#Agir pour réussir',
    responsables: agir.responsables,
    moyens: null,
    noeuds: agir.noeuds ?? [],
    indicateurIds: [],
    echeance: null,
    statut: 'non_renseigne',
  },
};
const cible: CibleIndicateur = {
  indicateurId: 'ind-versunmetier',
  annee: null,
  periode: null,
  ventilation: null,
  cible: { type: 'intervalle', min: '750', max: '850' },
  reference: null,
  qualificatif: null,
};
const rattache: EngagementEvent = { type: 'IndicateurRattacheEngagement', data: { engagementId: 'E-AGIR-POUR-REUSSIR', indicateurId: 'ind-versunmetier' } };
const fixee: EngagementEvent = { type: 'CibleIndicateurFixee', data: { engagementId: 'E-AGIR-POUR-REUSSIR', ...cible } };
const abandonne: EngagementEvent = {
  type: 'StatutEngagementChange',
  data: { engagementId: 'E-AGIR-POUR-REUSSIR', statut: 'abandonne', ancienStatut: 'non_renseigne', depuis: '2021', commentaire: null },
};

describe('engagement decider', () => {
  const every: EngagementCommand[] = [
    cmd('PrendreEngagement', agir),
    cmd('RattacherIndicateurEngagement', { indicateurId: 'ind-x' }),
    cmd('FixerCibleIndicateur', { indicateurId: 'ind-x', cible: { type: 'a_definir' } }),
    cmd('ChangerStatutEngagement', { statut: 'en_cours_de_deploiement', depuis: '2020' }),
  ];

  it.each(every.flatMap((command) => ROLES_NON_REFERENTIEL.map((role) => [command.type, role] as const)))('%s is FORBIDDEN to %s', (type, role) => {
    const command = every.find((c) => c.type === type)!;
    spec
      .given([pris])
      .when({ ...command, metadata: { ...command.metadata, actor: { userId: 'u', role } } })
      .thenRefused('FORBIDDEN');
  });

  it.each(every.filter((c) => c.type !== 'PrendreEngagement'))('$type on an unknown engagement is NOT_FOUND', (command) => {
    spec.given([]).when(command).thenRefused('NOT_FOUND');
  });

  describe('PrendreEngagement', () => {
    it('records the commitment with its responsible organisations as printed', () => {
      spec.given([]).when(cmd('PrendreEngagement', agir)).then([pris]);
      spec.given([pris]).when(cmd('PrendreEngagement', agir)).thenNothing();
      spec
        .given([pris])
        .when(cmd('PrendreEngagement', { ...agir, objectif: 'Autre' }))
        .thenRefused('CONFLICT');
    });
    it.each([
      [{ objectif: '' }, 'objectif'],
      [{ responsables: [] }, 'responsables'],
      [{ responsables: [{ partenaireId: null, libelle: '' }] }, 'responsables[0].libelle'],
      [{ noeuds: [{ cadreId: 'cv-mel', noeudId: '' }] }, 'noeuds[0]'],
      [{ statut: 'fini' as 'atteint' }, 'statut'],
      [{ echeance: 'fin 2019' }, 'echeance'],
      [{ engagementId: 'E AGIR' }, 'engagementId'],
    ])('refuses %o (VALIDATION_FAILED on %s)', (change, field) => {
      spec
        .given([])
        .when(cmd('PrendreEngagement', { ...agir, ...change }))
        .thenRefused('VALIDATION_FAILED', undefined, { field });
    });
  });

  describe('FixerCibleIndicateur', () => {
    it('sets a range target and attaches the indicator', () => {
      spec
        .given([pris])
        .when(cmd('FixerCibleIndicateur', { indicateurId: 'ind-versunmetier', cible: { type: 'intervalle', min: '750', max: '850' } }))
        .then([rattache, fixee]);
      spec
        .given([pris, rattache, fixee])
        .when(cmd('FixerCibleIndicateur', { indicateurId: 'ind-versunmetier', cible: { type: 'intervalle', min: '750', max: '850' } }))
        .thenNothing();
    });
    it('accepts numbers per year, "à définir" and rules in words', () => {
      spec
        .given([pris, rattache])
        .when(cmd('FixerCibleIndicateur', { indicateurId: 'ind-versunmetier', annee: 2020, cible: { type: 'valeur', valeur: '50' } }))
        .thenMatches([{ type: 'CibleIndicateurFixee', data: expect.objectContaining({ annee: 2020 }) }]);
      spec
        .given([pris, rattache])
        .when(cmd('FixerCibleIndicateur', { indicateurId: 'ind-versunmetier', annee: 2021, cible: { type: 'a_definir' } }))
        .thenMatches([{ type: 'CibleIndicateurFixee' }]);
      spec
        .given([pris, rattache])
        .when(
          cmd('FixerCibleIndicateur', {
            indicateurId: 'ind-versunmetier',
            cible: { type: 'texte', texte: 'Augmentation ou maintien' },
            reference: { valeur: '50', libelle: 'actuellement 50 sites suivis dont 30 en QPV' },
          }),
        )
        .thenMatches([{ type: 'CibleIndicateurFixee' }]);
    });
    it('changing a target already set needs a reason', () => {
      const change = { indicateurId: 'ind-versunmetier', cible: { type: 'intervalle' as const, min: '700', max: '850' } };
      spec
        .given([pris, rattache, fixee])
        .when(cmd('FixerCibleIndicateur', change))
        .thenRefused('VALIDATION_FAILED', /reason/, { field: 'reason' });
      spec
        .given([pris, rattache, fixee])
        .when(cmd('FixerCibleIndicateur', change, 'révision à mi-parcours'))
        .then([{ type: 'CibleIndicateurModifiee', data: { engagementId: 'E-AGIR-POUR-REUSSIR', ...cible, cible: change.cible, precedente: cible } }]);
    });
    it.each([
      [{ cible: { type: 'intervalle' as const, min: '850', max: '750' } }, 'cible.max'],
      [{ cible: { type: 'valeur' as const, valeur: '12,5' } }, 'cible.valeur'],
      [{ cible: { type: 'texte' as const, texte: '' } }, 'cible.texte'],
      [{ cible: { type: 'objectif' } as never }, 'cible.type'],
      [{ annee: 20 }, 'annee'],
      [{ indicateurId: 'x y' }, 'indicateurId'],
      [{ reference: { valeur: 'cinquante', libelle: 'x' } }, 'reference.valeur'],
    ])('refuses %o (VALIDATION_FAILED on %s)', (change, field) => {
      spec
        .given([pris])
        .when(cmd('FixerCibleIndicateur', { indicateurId: 'ind-versunmetier', cible: { type: 'a_definir' }, ...change }))
        .thenRefused('VALIDATION_FAILED', undefined, { field });
    });
    it('an abandoned commitment takes no target (INVALID_TRANSITION)', () => {
      spec
        .given([pris, abandonne])
        .when(cmd('FixerCibleIndicateur', { indicateurId: 'ind-x', cible: { type: 'a_definir' } }))
        .thenRefused('INVALID_TRANSITION', undefined, { state: 'abandonne' });
    });
  });

  describe('RattacherIndicateurEngagement', () => {
    it('attaches once', () => {
      spec
        .given([pris])
        .when(cmd('RattacherIndicateurEngagement', { indicateurId: 'ind-versunmetier' }))
        .then([rattache]);
      spec
        .given([pris, rattache])
        .when(cmd('RattacherIndicateurEngagement', { indicateurId: 'ind-versunmetier' }))
        .thenNothing();
      spec
        .given([pris])
        .when(cmd('RattacherIndicateurEngagement', { indicateurId: '' }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'indicateurId' });
      spec
        .given([pris, abandonne])
        .when(cmd('RattacherIndicateurEngagement', { indicateurId: 'ind-x' }))
        .thenRefused('INVALID_TRANSITION');
    });
  });

  describe('ChangerStatutEngagement', () => {
    it('follows the status over time; abandoning needs a reason and is final', () => {
      spec
        .given([pris])
        .when(cmd('ChangerStatutEngagement', { statut: 'en_cours_de_deploiement', depuis: '2020-06' }))
        .then([
          {
            type: 'StatutEngagementChange',
            data: {
              engagementId: 'E-AGIR-POUR-REUSSIR',
              statut: 'en_cours_de_deploiement',
              ancienStatut: 'non_renseigne',
              depuis: '2020-06',
              commentaire: null,
            },
          },
        ]);
      spec
        .given([pris])
        .when(cmd('ChangerStatutEngagement', { statut: 'non_renseigne', depuis: '2020' }))
        .thenNothing();
      spec
        .given([pris])
        .when(cmd('ChangerStatutEngagement', { statut: 'abandonne', depuis: '2021' }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'reason' });
      spec
        .given([pris])
        .when(cmd('ChangerStatutEngagement', { statut: 'abandonne', depuis: '2021' }, 'dispositif supprimé'))
        .then([abandonne]);
      spec
        .given([pris, abandonne])
        .when(cmd('ChangerStatutEngagement', { statut: 'atteint', depuis: '2022' }))
        .thenRefused('INVALID_TRANSITION');
      spec
        .given([pris])
        .when(cmd('ChangerStatutEngagement', { statut: 'ok' as 'atteint', depuis: '2022' }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'statut' });
      spec
        .given([pris])
        .when(cmd('ChangerStatutEngagement', { statut: 'atteint', depuis: '' }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'depuis' });
    });
  });
});
