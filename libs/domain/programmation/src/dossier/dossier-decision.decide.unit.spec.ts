import { deciderSpec } from '@cdv/testing';
import { fold } from '@cdv/eventsourcing';
import { dossierDecider } from './dossier.decider';
import { depotDepuisAjourne } from './dossier.report';
import type { DossierExistant } from './dossier.state';
import {
  agent,
  as,
  cmd,
  DOSSIER_ID,
  etat,
  history,
  instructeurEtat,
  LIGNE_ETAT,
  LIGNE_REGION,
  lePorteur,
  refus,
  region,
  retenu,
  vote,
  withReason,
} from './dossier.mother';
import { matching } from '../shared/deep-partial';
import type { DossierEvent } from './dossier.events';

const m = matching<DossierEvent>;
const spec = deciderSpec(dossierDecider);

describe('VoterFinancement', () => {
  it('records the vote of a line, with the comité that decided it', () => {
    spec
      .given(history.enInstruction)
      .when(cmd('VoterFinancement', { ligneId: LIGNE_ETAT, montant: 4_000_00, comiteId: 'comite-2024-1' }))
      .then([
        { type: 'FinancementVote', data: { dossierId: DOSSIER_ID, ligneId: LIGNE_ETAT, montant: 4_000_00, comiteId: 'comite-2024-1', avertissements: [] } },
      ]);
  });

  it('lets a financeur vote its own line, also after the dossier was retenu on another line', () => {
    spec
      .given(history.retenu)
      .when(cmd('VoterFinancement', { ligneId: LIGNE_REGION, montant: 2_000_00 }, as('instructeur', region.id)))
      .thenMatches(m([{ type: 'FinancementVote' }]));
  });

  it('refuses a financeur voting another financeur\u2019s line, porteurs and auditors (FORBIDDEN)', () => {
    spec
      .given(history.enInstruction)
      .when(cmd('VoterFinancement', { ligneId: LIGNE_REGION, montant: 1_000_00 }, instructeurEtat()))
      .thenRefused('FORBIDDEN', undefined, { organisationId: etat.id, financeurId: region.id });
    spec
      .given(history.enInstruction)
      .when(cmd('VoterFinancement', { ligneId: LIGNE_ETAT, montant: 1_000_00 }, lePorteur()))
      .thenRefused('FORBIDDEN');
    spec
      .given(history.enInstruction)
      .when(cmd('VoterFinancement', { ligneId: LIGNE_ETAT, montant: 1_000_00 }, as('auditeur')))
      .thenRefused('FORBIDDEN');
  });

  it('refuses a vote on an abandoned or deposited dossier (INVALID_TRANSITION naming state and command)', () => {
    const abandonne = [...history.enInstruction, { type: 'DossierAbandonne' as const, data: { dossierId: DOSSIER_ID, statutPrecedent: 'en_instruction' } }];
    spec
      .given(abandonne)
      .when(cmd('VoterFinancement', { ligneId: LIGNE_ETAT, montant: 1_000_00 }))
      .thenRefused('INVALID_TRANSITION', /while abandonne/, { state: 'abandonne', command: 'VoterFinancement' });
    spec
      .given(history.depose)
      .when(cmd('VoterFinancement', { ligneId: LIGNE_ETAT, montant: 1_000_00 }))
      .thenRefused('INVALID_TRANSITION', undefined, { state: 'depose' });
  });

  it('refuses a second vote on a line (CONFLICT) and a vote on a refused line (INVALID_TRANSITION)', () => {
    spec
      .given(history.voteEtat)
      .when(cmd('VoterFinancement', { ligneId: LIGNE_ETAT, montant: 4_500_00 }))
      .thenRefused('CONFLICT', /CorrigerMontant/);
    spec
      .given([...history.enInstruction, refus(LIGNE_REGION)])
      .when(cmd('VoterFinancement', { ligneId: LIGNE_REGION, montant: 1_000_00 }))
      .thenRefused('INVALID_TRANSITION', undefined, { state: 'ligne refuse' });
  });

  it('refuses more than asked, zero and fractions of cents (VALIDATION_FAILED on montant)', () => {
    for (const montant of [5_000_01, 0, 99.5]) {
      spec
        .given(history.enInstruction)
        .when(cmd('VoterFinancement', { ligneId: LIGNE_ETAT, montant }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'montant' });
    }
  });
});

describe('RefuserFinancement', () => {
  it('records a line refusal with its motive', () => {
    spec
      .given(history.enInstruction)
      .when(cmd('RefuserFinancement', { ligneId: LIGNE_REGION, motif: 'hors critères' }, as('instructeur', region.id)))
      .then([{ type: 'FinancementRefuse', data: { dossierId: DOSSIER_ID, ligneId: LIGNE_REGION, motif: 'hors critères' } }]);
  });

  it('refuses twice (CONFLICT), a voted line (INVALID_TRANSITION), another financeur (FORBIDDEN)', () => {
    spec
      .given([...history.enInstruction, refus(LIGNE_REGION)])
      .when(cmd('RefuserFinancement', { ligneId: LIGNE_REGION }))
      .thenRefused('CONFLICT');
    spec
      .given(history.voteEtat)
      .when(cmd('RefuserFinancement', { ligneId: LIGNE_ETAT }))
      .thenRefused('INVALID_TRANSITION', undefined, { state: 'ligne vote', command: 'RefuserFinancement' });
    spec
      .given(history.enInstruction)
      .when(cmd('RefuserFinancement', { ligneId: LIGNE_REGION }, instructeurEtat()))
      .thenRefused('FORBIDDEN');
    spec
      .given(history.depose)
      .when(cmd('RefuserFinancement', { ligneId: LIGNE_REGION }))
      .thenRefused('INVALID_TRANSITION', undefined, { state: 'depose' });
  });
});

describe('RetenirDossier', () => {
  it('retains a dossier with at least one voted line', () => {
    spec
      .given(history.voteEtat)
      .when(cmd('RetenirDossier', { comiteId: 'comite-2024-1' }))
      .then([{ type: 'DossierRetenu', data: { dossierId: DOSSIER_ID, comiteId: 'comite-2024-1' } }]);
  });

  it('refuses a dossier without a voted line, or not under instruction (INVALID_TRANSITION)', () => {
    spec
      .given(history.enInstruction)
      .when(cmd('RetenirDossier', {}))
      .thenRefused('INVALID_TRANSITION', /at least one line is voted/, { state: 'en_instruction', command: 'RetenirDossier' });
    spec.given(history.depose).when(cmd('RetenirDossier', {})).thenRefused('INVALID_TRANSITION', undefined, { state: 'depose' });
  });

  it('refuses twice (CONFLICT), instructeurs and porteurs: the decision is collective (FORBIDDEN)', () => {
    spec.given(history.retenu).when(cmd('RetenirDossier', {})).thenRefused('CONFLICT');
    spec
      .given(history.voteEtat)
      .when(cmd('RetenirDossier', {}, instructeurEtat()))
      .thenRefused('FORBIDDEN');
    spec
      .given(history.voteEtat)
      .when(cmd('RetenirDossier', {}, lePorteur()))
      .thenRefused('FORBIDDEN');
  });
});

describe('NePasRetenirDossier', () => {
  it('refuses the pending lines with the dossier, so that no ledger keeps them pending', () => {
    spec
      .given(history.enInstruction)
      .when(cmd('NePasRetenirDossier', { comiteId: 'c1', motif: 'hors priorités' }))
      .then([
        { type: 'FinancementRefuse', data: { dossierId: DOSSIER_ID, ligneId: LIGNE_ETAT, motif: 'hors priorités', comiteId: 'c1' } },
        { type: 'FinancementRefuse', data: { dossierId: DOSSIER_ID, ligneId: LIGNE_REGION, motif: 'hors priorités', comiteId: 'c1' } },
        { type: 'DossierNonRetenu', data: { dossierId: DOSSIER_ID, motif: 'hors priorités', comiteId: 'c1' } },
      ]);
  });

  it('refuses a dossier with a voted line (INVALID_TRANSITION), twice (CONFLICT), porteurs (FORBIDDEN)', () => {
    spec.given(history.voteEtat).when(cmd('NePasRetenirDossier', {})).thenRefused('INVALID_TRANSITION', /voted/);
    spec
      .given([...history.enInstruction, { type: 'DossierNonRetenu', data: { dossierId: DOSSIER_ID } }])
      .when(cmd('NePasRetenirDossier', {}))
      .thenRefused('CONFLICT');
    spec
      .given(history.enInstruction)
      .when(cmd('NePasRetenirDossier', {}, lePorteur()))
      .thenRefused('FORBIDDEN');
  });
});

describe('AjournerDossier', () => {
  it('postpones the dossier to next year by default', () => {
    spec
      .given(history.enInstruction)
      .when(cmd('AjournerDossier', { motif: 'à retravailler' }))
      .then([{ type: 'DossierAjourne', data: { dossierId: DOSSIER_ID, anneeReport: 2025, motif: 'à retravailler' } }]);
  });

  it('refuses a voted dossier (INVALID_TRANSITION), a past year (VALIDATION_FAILED), twice (CONFLICT)', () => {
    spec.given(history.voteEtat).when(cmd('AjournerDossier', {})).thenRefused('INVALID_TRANSITION');
    spec
      .given(history.enInstruction)
      .when(cmd('AjournerDossier', { anneeReport: 2024 }))
      .thenRefused('VALIDATION_FAILED', undefined, { field: 'anneeReport' });
    spec
      .given([...history.enInstruction, { type: 'DossierAjourne', data: { dossierId: DOSSIER_ID, anneeReport: 2025 } }])
      .when(cmd('AjournerDossier', {}))
      .thenRefused('CONFLICT');
    spec
      .given(history.enInstruction)
      .when(cmd('AjournerDossier', {}, as('lecteur')))
      .thenRefused('FORBIDDEN');
  });

  it('carries an ajourné dossier into next year\u2019s appel in the same série', () => {
    const state = fold(dossierDecider, [
      ...history.enInstruction,
      { type: 'DossierAjourne', data: { dossierId: DOSSIER_ID, anneeReport: 2025 } },
    ]) as DossierExistant;
    const appel2025 = { annee: 2025, statut: 'ouvert' as const, ouvertureLe: '2024-11-15', clotureLe: '2025-01-31' };
    const data = depotDepuisAjourne(state, { nouveauDossierId: 'd-2025-014', appel: appel2025 });
    expect(data).toMatchObject({
      dossierId: 'd-2025-014',
      annee: 2025,
      serie: { id: DOSSIER_ID, rang: 1 },
      origine: { dossierId: DOSSIER_ID, annee: 2024 },
      titre: state.champs.titre,
    });
    spec
      .given([])
      .when({ type: 'DeposerDossier', data, metadata: lePorteur({ now: '2025-01-10T10:00:00.000Z' }) })
      .thenMatches(m([{ type: 'DossierDepose', data: { annee: 2025, origine: { dossierId: DOSSIER_ID } } }]));
  });
});

describe('AbandonnerDossier', () => {
  it('lets the porteur withdraw before the decision without a reason', () => {
    spec
      .given(history.enInstruction)
      .when(cmd('AbandonnerDossier', { motif: 'action annulée' }, lePorteur()))
      .then([{ type: 'DossierAbandonne', data: { dossierId: DOSSIER_ID, statutPrecedent: 'en_instruction', motif: 'action annulée' } }]);
  });

  it('needs a reason once the dossier is retenu (VALIDATION_FAILED on reason)', () => {
    spec
      .given(history.retenu)
      .when(cmd('AbandonnerDossier', {}, lePorteur()))
      .thenRefused('VALIDATION_FAILED', undefined, { field: 'reason' });
    spec
      .given(history.enCours)
      .when(cmd('AbandonnerDossier', {}, lePorteur(withReason('salariée partie'))))
      .thenMatches(m([{ data: { statutPrecedent: 'en_cours' } }]));
  });

  it('refuses after solde, on non retenu dossiers (INVALID_TRANSITION), twice (CONFLICT), another porteur (FORBIDDEN)', () => {
    spec
      .given(history.solde)
      .when(cmd('AbandonnerDossier', {}, lePorteur(withReason('x'))))
      .thenRefused('INVALID_TRANSITION', undefined, { state: 'solde', command: 'AbandonnerDossier' });
    spec
      .given([...history.enInstruction, { type: 'DossierNonRetenu', data: { dossierId: DOSSIER_ID } }])
      .when(cmd('AbandonnerDossier', {}, lePorteur()))
      .thenRefused('INVALID_TRANSITION', undefined, { state: 'non_retenu' });
    spec
      .given([...history.depose, { type: 'DossierAbandonne', data: { dossierId: DOSSIER_ID, statutPrecedent: 'depose' } }])
      .when(cmd('AbandonnerDossier', {}, lePorteur()))
      .thenRefused('CONFLICT');
    spec
      .given(history.depose)
      .when(cmd('AbandonnerDossier', {}, as('porteur', 'another-asso')))
      .thenRefused('FORBIDDEN');
    spec
      .given(history.depose)
      .when(cmd('AbandonnerDossier', {}, agent()))
      .thenMatches(m([{ type: 'DossierAbandonne' }]));
  });
});

describe('a dossier followed through the comité', () => {
  it('is retenu after its votes, in the order a comité produces them', () => {
    const events = [...history.enInstruction, vote(LIGNE_ETAT, 4_000_00), refus(LIGNE_REGION), retenu];
    const state = fold(dossierDecider, events) as DossierExistant;
    expect(state.statut).toBe('retenu');
    expect(state.lignes[LIGNE_ETAT]).toMatchObject({ statut: 'vote', vote: 4_000_00 });
    expect(state.lignes[LIGNE_REGION]).toMatchObject({ statut: 'refuse' });
  });
});
