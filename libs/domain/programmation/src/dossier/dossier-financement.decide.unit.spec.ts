import { deciderSpec } from '@cdv/testing';
import type { RegleFinancement } from '../regles/regles';
import { ligneIdDe, type FinanceurRef } from '../shared/references';
import { dossierDecider } from './dossier.decider';
import {
  agent,
  as,
  cmd,
  demande,
  depose,
  DOSSIER_ID,
  etat,
  history,
  instructeurEtat,
  LIGNE_ETAT,
  LIGNE_REGION,
  LIGNE_VILLE,
  lePorteur,
  porteur,
  region,
  ville,
  vote,
  withReason,
} from './dossier.mother';
import { matching } from '../shared/deep-partial';
import type { DossierEvent } from './dossier.events';

const m = matching<DossierEvent>;
const spec = deciderSpec(dossierDecider);

const fcs: FinanceurRef = { id: 'epci-mel', nom: 'MEL – Fonds de Cohésion Sociale', categorie: 'epci' };
const LIGNE_FCS = ligneIdDe(fcs.id, 'credits_specifiques');
// CABBALR's Fonds de Cohésion Sociale (seed 003 L394–L400): at most 2 000 € and equal to the commune's share.
const reglesFcs: RegleFinancement[] = [
  { id: 'fcs-plafond', libelle: 'FCS plafonné à 2 000 €', application: 'bloquant', type: 'plafond', montantMax: 2_000_00, cible: { dispositifs: ['fcs'] } },
  {
    id: 'fcs-egal-commune',
    libelle: 'FCS égal à la part communale',
    application: 'avertissement',
    type: 'egal_a',
    cible: { dispositifs: ['fcs'] },
    reference: { categories: ['communes'] },
  },
];
const demanderFcs = (montant: number, metadata = lePorteur()) =>
  cmd(
    'DemanderFinancement',
    {
      financeur: fcs,
      nature: 'credits_specifiques',
      dispositif: { id: 'fcs', libelle: 'Fonds de Cohésion Sociale' },
      montant,
      contexte: { regles: reglesFcs },
    },
    metadata,
  );

describe('DemanderFinancement', () => {
  it('adds a line keyed by financeur and nature, in cents', () => {
    spec
      .given([depose])
      .when(cmd('DemanderFinancement', { financeur: etat, nature: 'credits_specifiques', montant: 5_000_00 }, lePorteur()))
      .then([demande(etat, 5_000_00)]);
  });

  it('accepts the same financeur with the other nature, and an in-kind partner without amount', () => {
    const technique: FinanceurRef = { id: 'cd-natation', nom: 'Comité Départemental de Natation', categorie: 'autres' };
    spec
      .given([depose, demande(etat, 5_000_00)])
      .when(cmd('DemanderFinancement', { financeur: { ...etat, categorie: 'etat_droit_commun' }, nature: 'droit_commun', montant: 1_000_00 }))
      .thenMatches(m([{ data: { ligneId: `${etat.id}:droit_commun` } }]));
    spec
      .given([depose])
      .when(cmd('DemanderFinancement', { financeur: technique, nature: 'droit_commun', modalite: 'technique', montant: 0 }))
      .thenMatches(m([{ data: { modalite: 'technique', montant: 0 } }]));
  });

  it('refuses asking more than the total cost, counting the other lines (VALIDATION_FAILED on montant)', () => {
    spec
      .given([depose, demande(etat, 6_000_00)])
      .when(cmd('DemanderFinancement', { financeur: region, nature: 'droit_commun', montant: 4_000_01 }))
      .thenRefused('VALIDATION_FAILED', /\(10000\.01 €\) would exceed the total cost \(10000\.00 €\)/, {
        field: 'montant',
        totalDemande: 10_000_01,
        coutTotal: 10_000_00,
      });
  });

  it('does not count a refused line in the sum asked', () => {
    spec
      .given([...history.enInstruction, { type: 'FinancementRefuse', data: { dossierId: DOSSIER_ID, ligneId: LIGNE_REGION } }])
      .when(cmd('DemanderFinancement', { financeur: ville, nature: 'droit_commun', montant: 5_000_00 }))
      .thenMatches(m([{ type: 'FinancementDemande' }]));
  });

  it.each([
    ['montant', { montant: 0 }],
    ['montant', { montant: -5 }],
    ['montant', { montant: 10.5 }],
    ['nature', { nature: 'fonctionnement' as never }],
    ['financeur.categorie', { financeur: { ...region, categorie: 'europe' as never } }],
    ['modalite', { modalite: 'pret' as never }],
  ])('refuses bad input (VALIDATION_FAILED on %s)', (field, overrides) => {
    spec
      .given([depose])
      .when(cmd('DemanderFinancement', { financeur: region, nature: 'droit_commun', montant: 1_000_00, ...overrides }))
      .thenRefused('VALIDATION_FAILED', undefined, { field });
  });

  it('refuses money on an in-kind line', () => {
    spec
      .given([depose])
      .when(cmd('DemanderFinancement', { financeur: region, nature: 'droit_commun', modalite: 'nature', montant: 100 }))
      .thenRefused('VALIDATION_FAILED', /no amount/, { field: 'montant' });
  });

  it('refuses a second line for the same financeur and nature (CONFLICT)', () => {
    spec
      .given([depose, demande(etat, 1_000_00)])
      .when(cmd('DemanderFinancement', { financeur: etat, nature: 'credits_specifiques', montant: 500_00 }))
      .thenRefused('CONFLICT', undefined, { ligneId: LIGNE_ETAT });
  });

  it('refuses after the decision (INVALID_TRANSITION), another porteur, instructeurs and auditors (FORBIDDEN)', () => {
    spec
      .given(history.retenu)
      .when(cmd('DemanderFinancement', { financeur: ville, nature: 'droit_commun', montant: 100 }))
      .thenRefused('INVALID_TRANSITION', undefined, { state: 'retenu', command: 'DemanderFinancement' });
    spec
      .given([depose])
      .when(cmd('DemanderFinancement', { financeur: ville, nature: 'droit_commun', montant: 100 }, as('porteur', 'another-asso')))
      .thenRefused('FORBIDDEN');
    spec
      .given([depose])
      .when(cmd('DemanderFinancement', { financeur: ville, nature: 'droit_commun', montant: 100 }, instructeurEtat()))
      .thenRefused('FORBIDDEN');
    spec
      .given([depose])
      .when(cmd('DemanderFinancement', { financeur: ville, nature: 'droit_commun', montant: 100 }, as('lecteur')))
      .thenRefused('FORBIDDEN');
  });

  describe('with the tenant\u2019s financing rules', () => {
    const conseilCitoyen = { ...depose, data: { ...(depose.data as object), porteur: { ...porteur, kind: 'conseil_citoyen' as const } } } as typeof depose;

    it('lets a compliant amount through with no warning', () => {
      spec
        .given([conseilCitoyen, demande(ville, 2_000_00)])
        .when(demanderFcs(2_000_00))
        .thenMatches(m([{ data: { ligneId: LIGNE_FCS, avertissements: [] } }]));
    });

    it('records warnings on the event (FCS not equal to the commune\u2019s share)', () => {
      spec
        .given([conseilCitoyen, demande(ville, 1_500_00)])
        .when(demanderFcs(1_800_00))
        .thenMatches(m([{ data: { avertissements: [{ regleId: 'fcs-egal-commune', resultat: 'warning', montantAttendu: 1_500_00 }] } }]));
    });

    it('refuses an amount that breaks a blocking rule (VALIDATION_FAILED on montant, rule named)', () => {
      spec
        .given([conseilCitoyen, demande(ville, 2_500_00)])
        .when(demanderFcs(2_500_00))
        .thenRefused('VALIDATION_FAILED', /2 000/, { field: 'montant', regle: 'fcs-plafond', montantMax: 2_000_00 });
    });
  });
});

describe('RetirerDemandeFinancement', () => {
  it('removes an undecided line', () => {
    spec
      .given(history.depose)
      .when(cmd('RetirerDemandeFinancement', { ligneId: LIGNE_REGION }, lePorteur()))
      .then([{ type: 'DemandeFinancementRetiree', data: { dossierId: DOSSIER_ID, ligneId: LIGNE_REGION, montant: 2_000_00 } }]);
  });

  it('needs a reason under instruction, refuses a voted line and an unknown one', () => {
    spec
      .given(history.enInstruction)
      .when(cmd('RetirerDemandeFinancement', { ligneId: LIGNE_REGION }))
      .thenRefused('VALIDATION_FAILED', undefined, { field: 'reason' });
    spec
      .given(history.voteEtat)
      .when(cmd('RetirerDemandeFinancement', { ligneId: LIGNE_ETAT }, agent(withReason('x'))))
      .thenRefused('INVALID_TRANSITION', undefined, { state: 'vote' });
    spec
      .given(history.depose)
      .when(cmd('RetirerDemandeFinancement', { ligneId: LIGNE_VILLE }))
      .thenRefused('NOT_FOUND', undefined, { what: 'LigneFinancement' });
    spec
      .given(history.depose)
      .when(cmd('RetirerDemandeFinancement', { ligneId: LIGNE_REGION }, as('porteur', 'another-asso')))
      .thenRefused('FORBIDDEN');
  });
});

describe('EmettreAvis', () => {
  const avisCaf = { auteur: { id: 'caf-nord', nom: 'CAF du Nord' }, avis: 'reserve' as const, commentaire: 'Public à préciser' };

  it('records a financeur\u2019s or partner\u2019s avis, and the one it replaces', () => {
    spec
      .given(history.enInstruction)
      .when(cmd('EmettreAvis', avisCaf, as('instructeur', 'caf-nord')))
      .then([{ type: 'AvisEmis', data: { dossierId: DOSSIER_ID, ...avisCaf, precedent: null } }]);
    spec
      .given([...history.enInstruction, { type: 'AvisEmis', data: { dossierId: DOSSIER_ID, ...avisCaf, precedent: null } }])
      .when(cmd('EmettreAvis', { ...avisCaf, avis: 'favorable', commentaire: '' }))
      .thenMatches(m([{ data: { avis: 'favorable', precedent: 'reserve' } }]));
  });

  it('refuses an instructeur speaking for another organisation, porteurs and readers (FORBIDDEN)', () => {
    spec
      .given(history.enInstruction)
      .when(cmd('EmettreAvis', avisCaf, instructeurEtat()))
      .thenRefused('FORBIDDEN');
    spec
      .given(history.enInstruction)
      .when(cmd('EmettreAvis', avisCaf, lePorteur()))
      .thenRefused('FORBIDDEN');
    spec
      .given(history.enInstruction)
      .when(cmd('EmettreAvis', avisCaf, as('lecteur')))
      .thenRefused('FORBIDDEN');
  });

  it('refuses an avis after the decision (INVALID_TRANSITION)', () => {
    spec.given(history.retenu).when(cmd('EmettreAvis', avisCaf)).thenRefused('INVALID_TRANSITION', undefined, { state: 'retenu', command: 'EmettreAvis' });
  });

  it('refuses bad input: unknown value, a reserve without comment, an unknown line', () => {
    spec
      .given(history.enInstruction)
      .when(cmd('EmettreAvis', { ...avisCaf, avis: 'bof' as never }))
      .thenRefused('VALIDATION_FAILED', undefined, { field: 'avis' });
    spec
      .given(history.enInstruction)
      .when(cmd('EmettreAvis', { ...avisCaf, commentaire: ' ' }))
      .thenRefused('VALIDATION_FAILED', undefined, { field: 'commentaire' });
    spec
      .given(history.enInstruction)
      .when(cmd('EmettreAvis', { ...avisCaf, ligneId: 'caf-nord:droit_commun' }))
      .thenRefused('NOT_FOUND');
  });
});

describe('ProposerFinancement', () => {
  it('lets a financeur propose an amount on its own line, again until the vote', () => {
    spec
      .given(history.enInstruction)
      .when(cmd('ProposerFinancement', { ligneId: LIGNE_ETAT, montant: 4_500_00 }, instructeurEtat()))
      .then([{ type: 'FinancementPropose', data: { dossierId: DOSSIER_ID, ligneId: LIGNE_ETAT, montant: 4_500_00, avertissements: [] } }]);
    spec
      .given([
        ...history.enInstruction,
        { type: 'FinancementPropose', data: { dossierId: DOSSIER_ID, ligneId: LIGNE_ETAT, montant: 4_500_00, avertissements: [] } },
      ])
      .when(cmd('ProposerFinancement', { ligneId: LIGNE_ETAT, montant: 4_000_00 }))
      .thenMatches(m([{ data: { montant: 4_000_00 } }]));
  });

  it('refuses a financeur proposing on another financeur\u2019s line, and porteurs (FORBIDDEN)', () => {
    spec
      .given(history.enInstruction)
      .when(cmd('ProposerFinancement', { ligneId: LIGNE_REGION, montant: 1_000_00 }, instructeurEtat()))
      .thenRefused('FORBIDDEN', /own line/, { financeurId: region.id });
    spec
      .given(history.enInstruction)
      .when(cmd('ProposerFinancement', { ligneId: LIGNE_ETAT, montant: 1_000_00 }, lePorteur()))
      .thenRefused('FORBIDDEN');
  });

  it('refuses before instruction and after the vote: amounts then change only by correction (INVALID_TRANSITION)', () => {
    spec
      .given(history.depose)
      .when(cmd('ProposerFinancement', { ligneId: LIGNE_ETAT, montant: 1_000_00 }))
      .thenRefused('INVALID_TRANSITION', undefined, { state: 'depose', command: 'ProposerFinancement' });
    spec
      .given(history.voteEtat)
      .when(cmd('ProposerFinancement', { ligneId: LIGNE_ETAT, montant: 1_000_00 }))
      .thenRefused('INVALID_TRANSITION', undefined, { state: 'ligne vote' });
  });

  it('refuses more than asked, zero, and an unknown line', () => {
    spec
      .given(history.enInstruction)
      .when(cmd('ProposerFinancement', { ligneId: LIGNE_ETAT, montant: 5_000_01 }))
      .thenRefused('VALIDATION_FAILED', undefined, { field: 'montant', demande: 5_000_00 });
    spec
      .given(history.enInstruction)
      .when(cmd('ProposerFinancement', { ligneId: LIGNE_ETAT, montant: 0 }))
      .thenRefused('VALIDATION_FAILED', undefined, { field: 'montant' });
    spec
      .given(history.enInstruction)
      .when(cmd('ProposerFinancement', { ligneId: LIGNE_VILLE, montant: 1 }))
      .thenRefused('NOT_FOUND');
  });

  it('checks the rules at the proposal stage', () => {
    const plafond: RegleFinancement = {
      id: 'region-plafond',
      libelle: 'Région ≤ 1 500 €',
      application: 'avertissement',
      type: 'plafond',
      montantMax: 1_500_00,
      cible: { categories: ['region'] },
      etapes: ['propose'],
    };
    spec
      .given(history.enInstruction)
      .when(cmd('ProposerFinancement', { ligneId: LIGNE_REGION, montant: 2_000_00, contexte: { regles: [plafond] } }))
      .thenMatches(m([{ data: { avertissements: [{ regleId: 'region-plafond' }] } }]));
    spec
      .given([...history.enInstruction, vote(LIGNE_REGION, 1)])
      .when(cmd('ProposerFinancement', { ligneId: LIGNE_ETAT, montant: 1_000_00, contexte: { regles: [plafond] } }))
      .thenMatches(m([{ data: { avertissements: [] } }]));
  });
});
