import type { Role } from '@cdv/eventsourcing';
import { deciderSpec } from '@cdv/testing';
import { aReferentielCommand, ROLES_NON_REFERENTIEL } from '../referentiel.mother';
import type { DefinirIndicateur, IndicateurCommand } from './indicateur.commands';
import { indicateurDecider } from './indicateur.decider';
import type { IndicateurEvent, ValeurIndicateur } from './indicateur.events';

const spec = deciderSpec(indicateurDecider);
const cmd = <C extends IndicateurCommand>(type: C['type'], data: C['data'], reason?: string, role: Role = 'admin') =>
  aReferentielCommand<C>(type, data, { role, ...(reason ? { reason } : {}) });

// CABBALR priorité 3 (seed 003 L1275): "nombre de jeunes /de femmes sensibilisé(s)…", by sex and age band.
const sensibilises: DefinirIndicateur['data'] = {
  indicateurId: 'cabbalr-fdr-3-1',
  libelle: "nombre de jeunes /de femmes sensibilisé(s) à l'esprit d'initiative et à l'entrepreneuriat",
  unite: 'personnes',
  nature: 'flux',
  ventilations: ['sexe', 'tranche_age', 'qpv'],
  tranchesAge: ['16-25'],
  noeuds: [{ cadreId: 'cv-cabbalr', noeudId: 'v1.fdr.3' }],
};
const defini: IndicateurEvent = {
  type: 'IndicateurDefini',
  data: {
    ...sensibilises,
    unite: 'personnes',
    nature: 'flux',
    ventilations: ['sexe', 'tranche_age', 'qpv'],
    tranchesAge: ['16-25'],
    definition: null,
    noeuds: sensibilises.noeuds ?? [],
  },
};
const valeur: ValeurIndicateur = {
  annee: 2019,
  date: null,
  ventilation: { sexe: 'femme' },
  engagementId: null,
  valeur: '33',
  valeurImprimee: '33%',
  qualificatif: null,
  source: 'Rapport 2019 (003:L535)',
};
const renseignee: IndicateurEvent = { type: 'ValeurIndicateurRenseignee', data: { indicateurId: 'cabbalr-fdr-3-1', ...valeur } };

describe('indicateur decider', () => {
  const every: IndicateurCommand[] = [
    cmd('DefinirIndicateur', sensibilises),
    cmd('RattacherIndicateurObjectif', { noeud: { cadreId: 'cv-cabbalr', noeudId: 'v1.fdr.3.1' } }),
    cmd('RenseignerValeurIndicateur', valeur),
  ];

  // Agents report values (bilans, yearly report); only the catalogue itself is kept by the administrators.
  const interdit = (type: IndicateurCommand['type'], role: Role) =>
    ROLES_NON_REFERENTIEL.includes(role) && !(type === 'RenseignerValeurIndicateur' && role === 'agent');
  it.each(every.flatMap((command) => ROLES_NON_REFERENTIEL.filter((role) => interdit(command.type, role)).map((role) => [command.type, role] as const)))(
    '%s is FORBIDDEN to %s',
    (type, role) => {
      const command = every.find((c) => c.type === type)!;
      spec
        .given([defini])
        .when({ ...command, metadata: { ...command.metadata, actor: { userId: 'u', role } } })
        .thenRefused('FORBIDDEN');
    },
  );

  it('an agent reports a value, but does not define or attach indicators', () => {
    spec
      .given([defini])
      .when(cmd('RenseignerValeurIndicateur', valeur, undefined, 'agent'))
      .then([renseignee]);
    spec
      .given([])
      .when(cmd('DefinirIndicateur', sensibilises, undefined, 'agent'))
      .thenRefused('FORBIDDEN');
  });

  it.each(every.filter((c) => c.type !== 'DefinirIndicateur'))('$type on an unknown indicator is NOT_FOUND', (command) => {
    spec.given([]).when(command).thenRefused('NOT_FOUND');
  });

  describe('DefinirIndicateur', () => {
    it('defines an indicator of the catalogue attached to an objective', () => {
      spec.given([]).when(cmd('DefinirIndicateur', sensibilises)).then([defini]);
      spec.given([defini]).when(cmd('DefinirIndicateur', sensibilises)).thenNothing();
      spec
        .given([defini])
        .when(cmd('DefinirIndicateur', { ...sensibilises, unite: 'actions' }))
        .thenRefused('CONFLICT');
    });
    it.each([
      [{ libelle: '' }, 'libelle'],
      [{ ventilations: ['commune' as 'qpv'] }, 'ventilations'],
      [{ ventilations: ['sexe', 'sexe'] as ['sexe', 'sexe'] }, 'ventilations'],
      [{ ventilations: ['sexe'] as ['sexe'] }, 'tranchesAge'],
      [{ nature: 'ratio' as 'stock' }, 'nature'],
      [{ unite: '' }, 'unite'],
      [{ noeuds: [{ cadreId: '', noeudId: 'x' }] }, 'noeuds[0]'],
    ])('refuses %o (VALIDATION_FAILED on %s)', (change, field) => {
      spec
        .given([])
        .when(cmd('DefinirIndicateur', { ...sensibilises, ...change }))
        .thenRefused('VALIDATION_FAILED', undefined, { field });
    });
  });

  describe('RattacherIndicateurObjectif', () => {
    it('attaches to another node once', () => {
      spec
        .given([defini])
        .when(cmd('RattacherIndicateurObjectif', { noeud: { cadreId: 'cv-cabbalr', noeudId: 'v1.fdr.3.1' } }))
        .thenMatches([{ type: 'IndicateurRattacheObjectif' }]);
      spec
        .given([defini])
        .when(cmd('RattacherIndicateurObjectif', { noeud: { cadreId: 'cv-cabbalr', noeudId: 'v1.fdr.3' } }))
        .thenNothing();
      spec
        .given([defini])
        .when(cmd('RattacherIndicateurObjectif', { noeud: { cadreId: 'cv-cabbalr', noeudId: '' } }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'noeud[0]' });
    });
  });

  describe('RenseignerValeurIndicateur', () => {
    it('records a value per year with its source and breakdown', () => {
      spec.given([defini]).when(cmd('RenseignerValeurIndicateur', valeur)).then([renseignee]);
      spec.given([defini, renseignee]).when(cmd('RenseignerValeurIndicateur', valeur)).thenNothing();
    });
    it('a different value for the same year and breakdown is a correction with a reason', () => {
      spec
        .given([defini, renseignee])
        .when(cmd('RenseignerValeurIndicateur', { ...valeur, valeur: '34', valeurImprimee: '34%' }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'reason' });
      spec
        .given([defini, renseignee])
        .when(cmd('RenseignerValeurIndicateur', { ...valeur, valeur: '34', valeurImprimee: '34%' }, 'erreur de report'))
        .then([
          { type: 'ValeurIndicateurCorrigee', data: { indicateurId: 'cabbalr-fdr-3-1', ...valeur, valeur: '34', valeurImprimee: '34%', precedente: valeur } },
        ]);
    });
    it.each([
      [{ valeur: null, valeurImprimee: null }, 'valeur'],
      [{ valeur: '33%' }, 'valeur'],
      [{ source: '' }, 'source'],
      [{ annee: 19 }, 'annee'],
      [{ date: 'début 2018' }, 'date'],
      [{ ventilation: { sexe: 'autre' as 'femme' } }, 'ventilation.sexe'],
      [{ ventilation: { trancheAge: '13-25' } }, 'ventilation.trancheAge'],
      [{ ventilation: {} }, 'ventilation'],
    ])('refuses %o (VALIDATION_FAILED on %s)', (change, field) => {
      spec
        .given([defini])
        .when(cmd('RenseignerValeurIndicateur', { ...valeur, ...change }))
        .thenRefused('VALIDATION_FAILED', undefined, { field });
    });
  });
});
