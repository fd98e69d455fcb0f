import { deciderSpec } from '@cdv/testing';
import type { RegleFinancement } from '../regles/regles';
import { dossierDecider } from './dossier.decider';
import {
  agent,
  as,
  beneficiaires,
  cmd,
  conventionne,
  demarre,
  DOSSIER_ID,
  engage,
  etat,
  history,
  instructeurEtat,
  LIGNE_ETAT,
  LIGNE_REGION,
  lePorteur,
  region,
  verse,
  withReason,
} from './dossier.mother';
import { matching } from '../shared/deep-partial';
import type { DossierEvent } from './dossier.events';

const m = matching<DossierEvent>;
const spec = deciderSpec(dossierDecider);

describe('ConventionnerDossier', () => {
  it('moves a retained dossier to conventionne; the same convention again is a no-op', () => {
    spec
      .given(history.retenu)
      .when(cmd('ConventionnerDossier', { conventionId: 'conv-1', typeConvention: 'annuelle' }))
      .then([conventionne]);
    spec
      .given(history.conventionne)
      .when(cmd('ConventionnerDossier', { conventionId: 'conv-1', typeConvention: 'annuelle' }))
      .thenNothing();
  });

  it('refuses a dossier not retenu or under another convention (INVALID_TRANSITION), porteurs (FORBIDDEN)', () => {
    spec
      .given(history.voteEtat)
      .when(cmd('ConventionnerDossier', { conventionId: 'conv-1', typeConvention: 'annuelle' }))
      .thenRefused('INVALID_TRANSITION', undefined, { state: 'en_instruction', command: 'ConventionnerDossier' });
    spec
      .given(history.conventionne)
      .when(cmd('ConventionnerDossier', { conventionId: 'cpo-2', typeConvention: 'pluriannuelle' }))
      .thenRefused('INVALID_TRANSITION', undefined, { state: 'conventionne' });
    spec
      .given(history.retenu)
      .when(cmd('ConventionnerDossier', { conventionId: 'conv-1', typeConvention: 'annuelle' }, lePorteur()))
      .thenRefused('FORBIDDEN');
    spec
      .given(history.retenu)
      .when(cmd('ConventionnerDossier', { conventionId: 'conv-1', typeConvention: 'biennale' as never }))
      .thenRefused('VALIDATION_FAILED', undefined, { field: 'typeConvention' });
  });
});

describe('DemarrerAction', () => {
  it('starts the action of a conventionné dossier', () => {
    spec
      .given(history.conventionne)
      .when(cmd('DemarrerAction', { dateDebut: '2024-03-01' }, lePorteur()))
      .then([demarre]);
  });

  it('refuses before the convention (INVALID_TRANSITION), a bad date (VALIDATION_FAILED), another porteur (FORBIDDEN)', () => {
    spec
      .given(history.retenu)
      .when(cmd('DemarrerAction', { dateDebut: '2024-03-01' }))
      .thenRefused('INVALID_TRANSITION', undefined, { state: 'retenu', command: 'DemarrerAction' });
    spec
      .given(history.conventionne)
      .when(cmd('DemarrerAction', { dateDebut: '01/03/2024' }))
      .thenRefused('VALIDATION_FAILED', undefined, { field: 'dateDebut' });
    spec
      .given(history.conventionne)
      .when(cmd('DemarrerAction', { dateDebut: '2024-03-01' }, as('porteur', 'another-asso')))
      .thenRefused('FORBIDDEN');
  });
});

describe('EngagerFinancement', () => {
  it('engages a voted line, at most its voted amount, with the engagement juridique', () => {
    spec
      .given(history.conventionne)
      .when(
        cmd(
          'EngagerFinancement',
          { ligneId: LIGNE_ETAT, montant: 4_000_00, numeroEngagementJuridique: 'EJ-2100012345', conventionId: 'conv-1' },
          instructeurEtat(),
        ),
      )
      .then([
        {
          type: 'FinancementEngage',
          data: { dossierId: DOSSIER_ID, ligneId: LIGNE_ETAT, montant: 4_000_00, numeroEngagementJuridique: 'EJ-2100012345', conventionId: 'conv-1' },
        },
      ]);
  });

  it('refuses more than voted (VALIDATION_FAILED), an unvoted line (INVALID_TRANSITION), twice (CONFLICT), another financeur (FORBIDDEN)', () => {
    spec
      .given(history.conventionne)
      .when(cmd('EngagerFinancement', { ligneId: LIGNE_ETAT, montant: 4_000_01 }))
      .thenRefused('VALIDATION_FAILED', undefined, { field: 'montant', vote: 4_000_00 });
    spec
      .given(history.conventionne)
      .when(cmd('EngagerFinancement', { ligneId: LIGNE_REGION, montant: 1_000_00 }))
      .thenRefused('INVALID_TRANSITION', undefined, { state: 'ligne demande', command: 'EngagerFinancement' });
    spec
      .given(history.engage)
      .when(cmd('EngagerFinancement', { ligneId: LIGNE_ETAT, montant: 4_000_00 }))
      .thenRefused('CONFLICT');
    spec
      .given(history.conventionne)
      .when(cmd('EngagerFinancement', { ligneId: LIGNE_ETAT, montant: 1_000_00 }, as('instructeur', region.id)))
      .thenRefused('FORBIDDEN');
    spec
      .given(history.voteEtat)
      .when(cmd('EngagerFinancement', { ligneId: LIGNE_ETAT, montant: 1_000_00 }))
      .thenRefused('INVALID_TRANSITION', undefined, { state: 'en_instruction' });
  });
});

describe('EnregistrerVersement', () => {
  const versement = (montant: number, versementId = 'v2', type: 'avance' | 'acompte' | 'solde' = 'acompte') =>
    cmd('EnregistrerVersement', { ligneId: LIGNE_ETAT, versementId, type, montant, date: '2024-06-01' }, instructeurEtat());

  it('records several versements and their running total', () => {
    spec
      .given(history.engage)
      .when(versement(2_000_00, 'v1', 'avance'))
      .then([
        {
          type: 'VersementEffectue',
          data: { dossierId: DOSSIER_ID, ligneId: LIGNE_ETAT, versementId: 'v1', type: 'avance', montant: 2_000_00, date: '2024-06-01', totalVerse: 2_000_00 },
        },
      ]);
    spec
      .given(history.verse)
      .when(versement(1_500_00))
      .thenMatches(m([{ data: { montant: 1_500_00, totalVerse: 3_500_00 } }]));
    spec
      .given(history.verse)
      .when(versement(2_000_00, 'v2', 'solde'))
      .thenMatches(m([{ data: { type: 'solde', totalVerse: 4_000_00 } }]));
  });

  it('refuses paying more than engaged: versé ≤ engagé (VALIDATION_FAILED on montant)', () => {
    spec
      .given(history.verse)
      .when(versement(2_000_01))
      .thenRefused('VALIDATION_FAILED', /paid 4000\.01 € would exceed the engaged 4000\.00 €/, { field: 'montant', verse: 2_000_00, engage: 4_000_00 });
  });

  it('refuses a versement id twice (CONFLICT), after the solde or on an unengaged line (INVALID_TRANSITION)', () => {
    spec.given(history.verse).when(versement(100, 'v1')).thenRefused('CONFLICT');
    spec
      .given([...history.enCours, verse(LIGNE_ETAT, 'v1', 1_000_00, 1_000_00, 'solde')])
      .when(versement(100))
      .thenRefused('INVALID_TRANSITION', /solde/, { state: 'ligne soldee' });
    spec.given(history.retenu).when(versement(100)).thenRefused('INVALID_TRANSITION', undefined, { state: 'ligne vote', command: 'EnregistrerVersement' });
  });

  it('refuses bad input and other financeurs', () => {
    spec
      .given(history.engage)
      .when(cmd('EnregistrerVersement', { ligneId: LIGNE_ETAT, versementId: 'v9', type: 'prime' as never, montant: 100, date: '2024-06-01' }))
      .thenRefused('VALIDATION_FAILED', undefined, { field: 'type' });
    spec
      .given(history.engage)
      .when(cmd('EnregistrerVersement', { ligneId: LIGNE_ETAT, versementId: 'v9', type: 'avance', montant: 100, date: '2024-13-01' }))
      .thenRefused('VALIDATION_FAILED', undefined, { field: 'date' });
    spec
      .given(history.engage)
      .when(
        cmd('EnregistrerVersement', { ligneId: LIGNE_ETAT, versementId: 'v9', type: 'avance', montant: 100, date: '2024-06-01' }, as('instructeur', region.id)),
      )
      .thenRefused('FORBIDDEN');
    spec
      .given(history.engage)
      .when(cmd('EnregistrerVersement', { ligneId: LIGNE_ETAT, versementId: 'v9', type: 'avance', montant: 100, date: '2024-06-01' }, lePorteur()))
      .thenRefused('FORBIDDEN');
  });
});

describe('DeposerBilan', () => {
  const bilan = (overrides: Partial<typeof beneficiaires> = {}, metadata = lePorteur()) =>
    cmd(
      'DeposerBilan',
      {
        coutRealise: 9_500_00,
        beneficiaires: { ...beneficiaires, ...overrides },
        indicateurs: [{ indicateurId: 'ind-6-2', libelle: 'nombre de personnes sensibilisées', valeur: 40, unite: 'personnes' }],
        recit: 'Bilan',
      },
      metadata,
    );

  it('records the bilan and one IndicateurRenseigne per indicator value', () => {
    spec
      .given(history.verse)
      .when(bilan())
      .then([
        { type: 'BilanDepose', data: { dossierId: DOSSIER_ID, coutRealise: 9_500_00, beneficiaires, recit: 'Bilan' } },
        {
          type: 'IndicateurRenseigne',
          data: {
            dossierId: DOSSIER_ID,
            indicateurId: 'ind-6-2',
            libelle: 'nombre de personnes sensibilisées',
            valeur: 40,
            unite: 'personnes',
            precedente: null,
          },
        },
      ]);
  });

  it.each([
    ['beneficiaires.total', { total: 41 }],
    ['beneficiaires.residentsQpv', { residentsQpv: 41 }],
    ['beneficiaires.parTrancheAge', { parTrancheAge: [{ tranche: '0-11', nombre: 41 }] }],
    ['beneficiaires.femmes', { femmes: -1 }],
  ])('refuses inconsistent beneficiaries (VALIDATION_FAILED on %s)', (field, overrides) => {
    spec.given(history.verse).when(bilan(overrides)).thenRefused('VALIDATION_FAILED', undefined, { field });
  });

  it('refuses before the action started or twice (INVALID_TRANSITION), another porteur (FORBIDDEN)', () => {
    spec.given(history.engage).when(bilan()).thenRefused('INVALID_TRANSITION', undefined, { state: 'conventionne', command: 'DeposerBilan' });
    spec.given(history.bilan).when(bilan()).thenRefused('INVALID_TRANSITION', undefined, { state: 'bilan_depose' });
    spec
      .given(history.verse)
      .when(bilan({}, as('porteur', 'another-asso')))
      .thenRefused('FORBIDDEN');
  });
});

describe('RenseignerIndicateur', () => {
  const indicateur = (valeur: number, metadata = lePorteur()) =>
    cmd('RenseignerIndicateur', { indicateurId: 'ind-9-1', libelle: 'conseillers citoyens', valeur }, metadata);
  const renseigne = {
    type: 'IndicateurRenseigne' as const,
    data: { dossierId: DOSSIER_ID, indicateurId: 'ind-9-1', libelle: 'conseillers citoyens', valeur: 12, precedente: null },
  };

  it('records a value, and a changed value with a reason', () => {
    spec.given(history.bilan).when(indicateur(12)).then([renseigne]);
    spec
      .given([...history.bilan, renseigne])
      .when(indicateur(14, lePorteur(withReason('erreur de saisie'))))
      .thenMatches(m([{ data: { valeur: 14, precedente: 12 } }]));
    spec
      .given([...history.bilan, renseigne])
      .when(indicateur(12))
      .thenNothing();
  });

  it('needs a reason to change a value or on a soldé dossier; refuses bad values and early states', () => {
    spec
      .given([...history.bilan, renseigne])
      .when(indicateur(14))
      .thenRefused('VALIDATION_FAILED', undefined, { field: 'reason' });
    spec.given(history.solde).when(indicateur(14, agent())).thenRefused('VALIDATION_FAILED', undefined, { field: 'reason' });
    spec
      .given(history.solde)
      .when(indicateur(14, agent(withReason('rapport annuel corrigé'))))
      .thenMatches(m([{ type: 'IndicateurRenseigne' }]));
    spec.given(history.bilan).when(indicateur(Number.NaN)).thenRefused('VALIDATION_FAILED', undefined, { field: 'indicateurs[0].valeur' });
    spec.given(history.retenu).when(indicateur(3)).thenRefused('INVALID_TRANSITION', undefined, { state: 'retenu' });
    spec
      .given(history.bilan)
      .when(indicateur(3, as('instructeur', etat.id)))
      .thenRefused('FORBIDDEN');
  });
});

describe('JustifierFinancement', () => {
  it('justifies a paid line after the bilan', () => {
    spec
      .given(history.bilan)
      .when(cmd('JustifierFinancement', { ligneId: LIGNE_ETAT, montant: 3_800_00 }, instructeurEtat()))
      .then([{ type: 'FinancementJustifie', data: { dossierId: DOSSIER_ID, ligneId: LIGNE_ETAT, montant: 3_800_00 } }]);
  });

  it('refuses before the bilan, more than engaged, twice, another financeur', () => {
    spec
      .given(history.verse)
      .when(cmd('JustifierFinancement', { ligneId: LIGNE_ETAT, montant: 1 }))
      .thenRefused('INVALID_TRANSITION', undefined, { state: 'en_cours', command: 'JustifierFinancement' });
    spec
      .given(history.bilan)
      .when(cmd('JustifierFinancement', { ligneId: LIGNE_ETAT, montant: 4_000_01 }))
      .thenRefused('VALIDATION_FAILED', undefined, { field: 'montant' });
    spec
      .given([...history.bilan, { type: 'FinancementJustifie', data: { dossierId: DOSSIER_ID, ligneId: LIGNE_ETAT, montant: 1 } }])
      .when(cmd('JustifierFinancement', { ligneId: LIGNE_ETAT, montant: 1 }))
      .thenRefused('CONFLICT');
    spec
      .given(history.bilan)
      .when(cmd('JustifierFinancement', { ligneId: LIGNE_ETAT, montant: 1 }, as('instructeur', region.id)))
      .thenRefused('FORBIDDEN');
  });
});

describe('SolderDossier', () => {
  const paye = [...history.bilan.slice(0, -1), verse(LIGNE_ETAT, 'v2', 2_000_00, 4_000_00, 'solde'), history.bilan[history.bilan.length - 1]];

  it('closes a dossier whose voted money was engaged and paid, with its totals', () => {
    spec
      .given(paye)
      .when(cmd('SolderDossier', {}))
      .then([{ type: 'DossierSolde', data: { dossierId: DOSSIER_ID, totaux: { vote: 4_000_00, engage: 4_000_00, verse: 4_000_00, justifie: 0 } } }]);
  });

  it('refuses to close with money engaged but not paid without a reason, saying what is left, in euros', () => {
    spec
      .given(history.bilan)
      .when(cmd('SolderDossier', {}))
      .thenRefused('VALIDATION_FAILED', /prefecture-nord:credits_specifiques: 2000\.00 € engaged not paid/, {
        field: 'reason',
        reliquats: [{ ligneId: LIGNE_ETAT, financeurId: etat.id, vote: 4_000_00, engage: 4_000_00, verse: 2_000_00, nonEngage: 0, nonVerse: 2_000_00 }],
      });
  });

  it('closes with a reason, recording what is left (voted not engaged, engaged not paid) with the solde', () => {
    const voteRegion = {
      type: 'FinancementVote',
      data: { dossierId: DOSSIER_ID, ligneId: LIGNE_REGION, montant: 1_500_00, avertissements: [] },
    } as DossierEvent;
    const given = [...history.voteEtat, voteRegion, ...history.bilan.slice(history.voteEtat.length)];
    spec
      .given(given)
      .when(cmd('SolderDossier', {}, agent(withReason('action réalisée à 80 %, la Région ne versera pas'))))
      .then([
        {
          type: 'ReliquatsConstates',
          data: {
            dossierId: DOSSIER_ID,
            lignes: [
              { ligneId: LIGNE_ETAT, financeurId: etat.id, vote: 4_000_00, engage: 4_000_00, verse: 2_000_00, nonEngage: 0, nonVerse: 2_000_00 },
              { ligneId: LIGNE_REGION, financeurId: region.id, vote: 1_500_00, engage: 0, verse: 0, nonEngage: 1_500_00, nonVerse: 0 },
            ],
            nonEngage: 1_500_00,
            nonVerse: 2_000_00,
          },
        },
        { type: 'DossierSolde', data: { dossierId: DOSSIER_ID, totaux: { vote: 5_500_00, engage: 4_000_00, verse: 2_000_00, justifie: 0 } } },
      ]);
    spec
      .given(given)
      .when(cmd('SolderDossier', {}))
      .thenRefused('VALIDATION_FAILED', /region-hdf:droit_commun: 1500\.00 € voted not engaged/, { field: 'reason' });
  });

  it('refuses before the bilan (INVALID_TRANSITION) and porteurs (FORBIDDEN)', () => {
    spec.given(history.enCours).when(cmd('SolderDossier', {})).thenRefused('INVALID_TRANSITION', undefined, { state: 'en_cours', command: 'SolderDossier' });
    spec
      .given(history.bilan)
      .when(cmd('SolderDossier', {}, lePorteur()))
      .thenRefused('FORBIDDEN');
  });

  it('makes the dossier read-only except corrections with a reason', () => {
    spec
      .given(history.solde)
      .when(cmd('EnregistrerVersement', { ligneId: LIGNE_ETAT, versementId: 'v9', type: 'solde', montant: 100, date: '2025-01-10' }))
      .thenRefused('INVALID_TRANSITION', /soldé/, { state: 'solde', command: 'EnregistrerVersement' });
    spec.given(history.solde).when(cmd('SolderDossier', {})).thenRefused('INVALID_TRANSITION', undefined, { state: 'solde' });
    spec
      .given(history.solde)
      .when(cmd('CorrigerMontant', { ligneId: LIGNE_ETAT, etape: 'engage', montant: 3_000_00 }, agent(withReason('trop engagé'))))
      .thenMatches(m([{ type: 'MontantCorrige' }]));
  });
});

describe('CorrigerMontant', () => {
  it('changes a voted amount with a reason, naming before and after', () => {
    spec
      .given(history.retenu)
      .when(cmd('CorrigerMontant', { ligneId: LIGNE_ETAT, etape: 'vote', montant: 3_500_00 }, instructeurEtat(withReason('erreur de report du procès-verbal'))))
      .then([
        { type: 'MontantCorrige', data: { dossierId: DOSSIER_ID, ligneId: LIGNE_ETAT, etape: 'vote', avant: 4_000_00, apres: 3_500_00, avertissements: [] } },
      ]);
  });

  it('refuses a correction without a reason (VALIDATION_FAILED on reason)', () => {
    spec
      .given(history.retenu)
      .when(cmd('CorrigerMontant', { ligneId: LIGNE_ETAT, etape: 'vote', montant: 3_500_00 }))
      .thenRefused('VALIDATION_FAILED', undefined, { field: 'reason' });
  });

  it('keeps the invariants: versé ≤ engagé ≤ voté ≤ demandé, Σ demandé ≤ coût total', () => {
    const r = agent(withReason('correction'));
    spec
      .given(history.verse)
      .when(cmd('CorrigerMontant', { ligneId: LIGNE_ETAT, etape: 'engage', montant: 1_999_99 }, r))
      .thenRefused('VALIDATION_FAILED', /versement never exceeds/, { field: 'montant' });
    spec
      .given(history.engage)
      .when(cmd('CorrigerMontant', { ligneId: LIGNE_ETAT, etape: 'vote', montant: 3_999_99 }, r))
      .thenRefused('VALIDATION_FAILED', /engaged amount cannot exceed/, { field: 'montant' });
    spec
      .given(history.retenu)
      .when(cmd('CorrigerMontant', { ligneId: LIGNE_ETAT, etape: 'vote', montant: 5_000_01 }, r))
      .thenRefused('VALIDATION_FAILED', /voted amount cannot exceed/);
    spec
      .given(history.retenu)
      .when(cmd('CorrigerMontant', { ligneId: LIGNE_ETAT, etape: 'demande', montant: 8_000_01 }, r))
      .thenRefused('VALIDATION_FAILED', /total cost/, { field: 'montant' });
    spec
      .given(history.retenu)
      .when(cmd('CorrigerMontant', { ligneId: LIGNE_ETAT, etape: 'demande', montant: 8_000_00 }, r))
      .thenMatches(m([{ data: { etape: 'demande', apres: 8_000_00 } }]));
  });

  it('refuses a stage not reached yet (INVALID_TRANSITION), another financeur (FORBIDDEN), no change is a no-op', () => {
    const r = agent(withReason('correction'));
    spec
      .given(history.retenu)
      .when(cmd('CorrigerMontant', { ligneId: LIGNE_ETAT, etape: 'engage', montant: 1 }, r))
      .thenRefused('INVALID_TRANSITION', /no engage amount/, { command: 'CorrigerMontant' });
    spec
      .given(history.retenu)
      .when(cmd('CorrigerMontant', { ligneId: LIGNE_ETAT, etape: 'vote', montant: 1 }, as('instructeur', region.id, withReason('x'))))
      .thenRefused('FORBIDDEN');
    spec
      .given(history.retenu)
      .when(cmd('CorrigerMontant', { ligneId: LIGNE_ETAT, etape: 'vote', montant: 4_000_00 }, r))
      .thenNothing();
    spec
      .given(history.retenu)
      .when(cmd('CorrigerMontant', { ligneId: LIGNE_ETAT, etape: 'verse' as never, montant: 1 }, r))
      .thenRefused('VALIDATION_FAILED', undefined, { field: 'etape' });
  });

  it('applies the financing rules to a corrected vote', () => {
    const plafond: RegleFinancement = {
      id: 'etat-max',
      libelle: 'BOP 147 ≤ 3 000 €',
      application: 'bloquant',
      type: 'plafond',
      montantMax: 3_000_00,
      cible: { categories: ['etat_credits_specifiques'] },
    };
    spec
      .given(history.retenu)
      .when(cmd('CorrigerMontant', { ligneId: LIGNE_ETAT, etape: 'vote', montant: 3_500_00, contexte: { regles: [plafond] } }, agent(withReason('x'))))
      .thenRefused('VALIDATION_FAILED', undefined, { field: 'montant', regle: 'etat-max' });
  });
});

describe('lines move on their own', () => {
  it('a line engaged and paid while another is still pending', () => {
    spec
      .given([...history.verse])
      .when(cmd('VoterFinancement', { ligneId: LIGNE_REGION, montant: 1_000_00 }))
      .thenRefused('INVALID_TRANSITION', undefined, { state: 'en_cours' });
    spec
      .given([...history.retenu, engage(LIGNE_ETAT, 1_000_00)])
      .when(cmd('VoterFinancement', { ligneId: LIGNE_REGION, montant: 1_000_00 }, as('instructeur', region.id)))
      .thenMatches(m([{ type: 'FinancementVote' }]));
  });
});
