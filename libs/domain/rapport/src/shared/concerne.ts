import type { EvenementLu } from '@cdv/domain-programmation';
import { RAPPORT_EVENT_TYPES } from '../rapport/rapport.events';

const TYPES_RAPPORT: ReadonlySet<string> = new Set(RAPPORT_EVENT_TYPES);

/**
 * The years an event of this context belongs to, for the audit's year bundles and journal (the programmation's
 * events answer `anneesConcernees`, libs/domain/programmation/src/concerne.ts): every event of `rapport-{annee}`
 * is its year's; a fund's operation is the year it was paid in. A fund's definition and a cancellation name no
 * year: their stream joins a year's bundle through its operations of that year. None of these events concerns a
 * dossier: a report cites hundreds of dossiers through its figures, and a dossier's bundle does not take the report.
 */
export function anneesConcerneesRapport(event: EvenementLu): number[] {
  const data = event.data as { annee?: unknown } | null;
  if (data === null || typeof data !== 'object' || !Number.isInteger(data.annee)) return [];
  return TYPES_RAPPORT.has(event.type) || event.type === 'OperationEnregistree' ? [data.annee as number] : [];
}
