import type { Cents, DomainEvent } from '@cdv/eventsourcing';
import type { TypeConvention } from '../dossier/dossier.events';
import type { DetenteurConvention, PieceEvent } from '../pieces/piece.events';
import type { FinanceurRef, PorteurRef } from '../shared/references';

export interface DossierConventionneRef {
  dossierId: string;
  annee: number;
}

/**
 * An annual convention or a CPO (convention pluriannuelle d'objectifs) with yearly tranches. Its id is the stable
 * identifier that links the dossiers of several years (what Dauphin's yearly ids cannot do: anchors §2.1).
 */
export type ConventionSignee = DomainEvent<
  'ConventionSignee',
  {
    conventionId: string;
    typeConvention: TypeConvention;
    objet: string;
    porteur: PorteurRef;
    signataires: FinanceurRef[];
    anneeDebut: number;
    anneeFin: number;
    dateSignature: string;
    numeroEngagementJuridique?: string;
    dossiers: DossierConventionneRef[];
    synthetique?: string[];
  }
>;

/** A later year's dossier joins the CPO. */
export type DossierRattacheAConvention = DomainEvent<'DossierRattacheAConvention', { conventionId: string; dossierId: string; annee: number }>;

export type TrancheEngagee = DomainEvent<
  'TrancheEngagee',
  {
    conventionId: string;
    annee: number;
    dossierId: string;
    ligneId: string;
    financeurId: string;
    montant: Cents;
    numeroEngagementJuridique?: string;
    synthetique?: string[];
  }
>;

export type ConventionEvent = ConventionSignee | DossierRattacheAConvention | TrancheEngagee;

/**
 * Every event of a convention's stream: its own, and its pièces justificatives (the signed convention…). The
 * convention read model and the reactions read only `ConventionEvent`s; the pieces have their own read model.
 */
export type ConventionStreamEvent = ConventionEvent | PieceEvent<DetenteurConvention>;

export const CONVENTION_EVENT_TYPES = ['ConventionSignee', 'DossierRattacheAConvention', 'TrancheEngagee'] as const satisfies ReadonlyArray<
  ConventionEvent['type']
>;
