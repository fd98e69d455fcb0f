import type { UserRole } from '@cdv/auth';

/**
 * The coarse role × operation matrix of the programmation API (docs/design.md §6, docs/adr/0006). The deciders check
 * again, per aggregate: a porteur acts on its organisation's dossiers only, an instructeur decides its
 * organisation's lines only.
 */

/** Run the programmation: appel, instruction, comité, conventions, clôture. */
export const EPCI: UserRole[] = ['admin', 'agent'];
/** Staff, and the porteur on its own dossiers (deposit, changes, withdrawal, bilan). */
export const EPCI_ET_PORTEUR: UserRole[] = ['admin', 'agent', 'porteur'];
/** Staff, and a financeur's instructeur on its organisation's lines (avis, proposal, vote, money). */
export const EPCI_ET_INSTRUCTEUR: UserRole[] = ['admin', 'agent', 'instructeur'];
/** Tenant configuration (financing rules). */
export const CONFIGURATION: UserRole[] = ['admin'];

/** Dossier lists and details: the porteur sees its own only; the lecteur sees dashboards, not dossiers. */
export const LECTEURS_DOSSIERS: UserRole[] = ['admin', 'agent', 'instructeur', 'porteur', 'auditeur'];
/** The instruction's collective records (comités): no porteur, no lecteur. */
export const LECTEURS_INSTRUCTION: UserRole[] = ['admin', 'agent', 'instructeur', 'auditeur'];
/** Aggregated figures (programmation summary, financeur ledgers): the lecteur's dashboards. */
export const LECTEURS_TABLEAUX_DE_BORD: UserRole[] = ['admin', 'agent', 'instructeur', 'auditeur', 'lecteur'];
/** Public facts of the year (the appel, its calendar and envelopes; the financing rules): every role. */
export const TOUS_LECTEURS: UserRole[] = ['admin', 'agent', 'instructeur', 'porteur', 'auditeur', 'lecteur'];
