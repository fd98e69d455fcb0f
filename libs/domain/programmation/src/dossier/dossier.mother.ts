import type { CommandMetadata, Role } from '@cdv/eventsourcing';
import { ligneIdDe, type FinanceurRef, type PorteurRef } from '../shared/references';
import type { DeposerDossier, DossierCommand } from './dossier.commands';
import type { DossierChamps, DossierEvent } from './dossier.events';

// Object mother for dossier tests: a small association in Roubaix asking the State (BOP 147), the Région and the
// commune; amounts in cents.

export const DOSSIER_ID = 'd-2024-001';
export const porteur: PorteurRef = { id: 'asso-les-petits-pas', nom: 'Les Petits Pas', kind: 'association' };
export const etat: FinanceurRef = { id: 'prefecture-nord', nom: 'Préfecture du Nord (BOP 147)', categorie: 'etat_credits_specifiques' };
export const region: FinanceurRef = { id: 'region-hdf', nom: 'Région Hauts-de-France', categorie: 'region' };
export const ville: FinanceurRef = { id: 'ville-roubaix', nom: 'Ville de Roubaix', categorie: 'communes' };
export const LIGNE_ETAT = ligneIdDe(etat.id, 'credits_specifiques');
export const LIGNE_REGION = ligneIdDe(region.id, 'droit_commun');
export const LIGNE_VILLE = ligneIdDe(ville.id, 'droit_commun');

export const champs: DossierChamps = {
  titre: 'Ateliers parents-enfants',
  description: 'Ateliers hebdomadaires au centre social',
  publics: ['familles'],
  perimetre: { type: 'communes', communes: [{ insee: '59512', nom: 'Roubaix' }] },
  qpv: [{ id: 'qpv-alma', code: 'QN05912M', nom: 'Alma' }],
  classement: { pilier: { id: 'p-cohesion', libelle: 'Cohésion sociale' }, thematique: { id: 'education', libelle: 'Éducation' } },
  coutTotal: 10_000_00,
  dateDebut: '2024-03-01',
  dateFin: '2024-12-31',
  nombreActions: 1,
};

export const appelOuvert = { annee: 2024, statut: 'ouvert' as const, ouvertureLe: '2023-11-15', clotureLe: '2024-01-31' };

/**
 * Who acts: role and organisation; `now` defaults to a date inside the appel (2024-01-15). Same shape as
 * libs/testing's aCommandMetadata, which a non-spec file of a domain lib may not import.
 */
export function as(role: Role, organisationId?: string, extra: Partial<CommandMetadata> = {}): CommandMetadata {
  return {
    tenantId: 'mel',
    source: 'api',
    now: '2024-01-15T09:00:00.000Z',
    actor: { userId: `user-${role}`, role, ...(organisationId ? { organisationId } : {}) },
    ...extra,
  };
}
export const agent = (extra: Partial<CommandMetadata> = {}) => as('agent', undefined, extra);
export const lePorteur = (extra: Partial<CommandMetadata> = {}) => as('porteur', porteur.id, extra);
export const instructeurEtat = (extra: Partial<CommandMetadata> = {}) => as('instructeur', etat.id, extra);
export const withReason = (reason: string) => ({ reason });

export function deposer(overrides: Partial<DeposerDossier['data']> = {}, metadata: CommandMetadata = lePorteur()): DeposerDossier {
  return {
    type: 'DeposerDossier',
    data: { dossierId: DOSSIER_ID, annee: 2024, porteur, ...champs, contexte: { appel: appelOuvert }, ...overrides },
    metadata,
  };
}

// ── Given events ────────────────────────────────────────────────────────────────────────────────────────────

export const depose: DossierEvent = {
  type: 'DossierDepose',
  data: { dossierId: DOSSIER_ID, annee: 2024, porteur, ...champs, serie: { id: DOSSIER_ID, rang: 1 }, depotTardif: false },
};

export function demande(
  financeur: FinanceurRef,
  montant: number,
  nature: 'credits_specifiques' | 'droit_commun' = financeur === etat ? 'credits_specifiques' : 'droit_commun',
  extra: Partial<Extract<DossierEvent, { type: 'FinancementDemande' }>['data']> = {},
): DossierEvent {
  return {
    type: 'FinancementDemande',
    data: { dossierId: DOSSIER_ID, ligneId: ligneIdDe(financeur.id, nature), financeur, nature, modalite: 'numeraire', montant, avertissements: [], ...extra },
  };
}

export const enInstruction: DossierEvent = { type: 'DossierMisEnInstruction', data: { dossierId: DOSSIER_ID } };
export const vote = (ligneId: string, montant: number): DossierEvent => ({
  type: 'FinancementVote',
  data: { dossierId: DOSSIER_ID, ligneId, montant, avertissements: [] },
});
export const refus = (ligneId: string): DossierEvent => ({ type: 'FinancementRefuse', data: { dossierId: DOSSIER_ID, ligneId } });
export const retenu: DossierEvent = { type: 'DossierRetenu', data: { dossierId: DOSSIER_ID } };
export const conventionne: DossierEvent = { type: 'DossierConventionne', data: { dossierId: DOSSIER_ID, conventionId: 'conv-1', typeConvention: 'annuelle' } };
export const demarre: DossierEvent = { type: 'ActionDemarree', data: { dossierId: DOSSIER_ID, dateDebut: '2024-03-01' } };
export const engage = (ligneId: string, montant: number): DossierEvent => ({ type: 'FinancementEngage', data: { dossierId: DOSSIER_ID, ligneId, montant } });
export const verse = (
  ligneId: string,
  versementId: string,
  montant: number,
  totalVerse: number,
  type: 'avance' | 'acompte' | 'solde' = 'avance',
): DossierEvent => ({
  type: 'VersementEffectue',
  data: { dossierId: DOSSIER_ID, ligneId, versementId, type, montant, date: '2024-04-01', totalVerse },
});
export const beneficiaires = {
  total: 40,
  femmes: 25,
  hommes: 14,
  nonRenseigne: 1,
  parTrancheAge: [
    { tranche: '0-11', nombre: 20 },
    { tranche: '26-64', nombre: 20 },
  ],
  residentsQpv: 32,
};
export const bilanDepose: DossierEvent = { type: 'BilanDepose', data: { dossierId: DOSSIER_ID, coutRealise: 9_500_00, beneficiaires, recit: 'Bilan' } };
export const solde: DossierEvent = { type: 'DossierSolde', data: { dossierId: DOSSIER_ID, totaux: { vote: 0, engage: 0, verse: 0, justifie: 0 } } };

/** Histories at each step of the life cycle (État 5 000 €, Région 2 000 € asked; État voted 4 000 €). */
export const history = {
  depose: [depose, demande(etat, 5_000_00), demande(region, 2_000_00)],
  get enInstruction() {
    return [...this.depose, enInstruction];
  },
  get voteEtat() {
    return [...this.enInstruction, vote(LIGNE_ETAT, 4_000_00)];
  },
  get retenu() {
    return [...this.voteEtat, retenu];
  },
  get conventionne() {
    return [...this.retenu, conventionne];
  },
  get engage() {
    return [...this.conventionne, engage(LIGNE_ETAT, 4_000_00)];
  },
  get enCours() {
    return [...this.engage, demarre];
  },
  get verse() {
    return [...this.enCours, verse(LIGNE_ETAT, 'v1', 2_000_00, 2_000_00)];
  },
  get bilan() {
    return [...this.verse, bilanDepose];
  },
  get solde() {
    return [...this.bilan, solde];
  },
};

type CommandOf<T extends DossierCommand['type']> = Extract<DossierCommand, { type: T }>;

/** A dossier command on DOSSIER_ID, by the EPCI's agent unless told otherwise. */
export function cmd<T extends DossierCommand['type']>(
  type: T,
  data: Omit<CommandOf<T>['data'], 'dossierId'> & { dossierId?: string },
  metadata: CommandMetadata = agent(),
): CommandOf<T> {
  return { type, data: { dossierId: DOSSIER_ID, ...data }, metadata } as unknown as CommandOf<T>;
}
