import { addCents, type CentsSum, type Projection, type ReadDocument, type RecordedEvent } from '@cdv/eventsourcing';
import { COMITE_EVENT_TYPES, type ComiteEvent, type DecisionComite, type MembreComite } from '@cdv/domain-programmation';

/**
 * A comité as auditors read it: who sat, what was decided, when it was recorded and by whom. Its decisions are
 * kept exactly as the decision event stated them.
 */
export interface ComiteDocument extends ReadDocument {
  comiteId: string;
  annee: number;
  date: string;
  libelle: string;
  statut: 'convoque' | 'clos';
  membres: MembreComite[];
  presents: string[];
  decisions: Array<DecisionComite & { eventId: string; arreteeLe: string; par: string }>;
  comptes: { retenus: number; nonRetenus: number; ajournes: number };
  champsSynthetiques: string[];
}

export function evolveComite(document: ComiteDocument | null, event: RecordedEvent): ComiteDocument | null {
  const domain = { type: event.type, data: event.data } as ComiteEvent;
  if (domain.type === 'ComiteConvoque') {
    const d = domain.data;
    return {
      _id: d.comiteId,
      comiteId: d.comiteId,
      annee: d.annee,
      date: d.date,
      libelle: d.libelle,
      statut: 'convoque',
      membres: d.membres,
      presents: [],
      decisions: [],
      comptes: { retenus: 0, nonRetenus: 0, ajournes: 0 },
      champsSynthetiques: d.synthetique ?? [],
    };
  }
  if (!document) return null;
  if (domain.type === 'ComiteClos') return { ...document, statut: 'clos' };
  if (domain.type === 'MembresComiteCorriges') return { ...document, membres: domain.data.membres };
  const nouvelles = domain.data.decisions.map((decision) => ({
    ...decision,
    eventId: event.id,
    arreteeLe: event.metadata.recordedAt,
    par: event.metadata.actor.userId,
  }));
  const decisions = [...document.decisions, ...nouvelles];
  const count = (value: DecisionComite['decision']) => decisions.filter((d) => d.decision === value).length;
  return {
    ...document,
    presents: [...new Set([...document.presents, ...domain.data.presents])],
    decisions,
    comptes: { retenus: count('retenu'), nonRetenus: count('non_retenu'), ajournes: count('ajourne') },
  };
}

/**
 * What the comité voted, summed exactly when it is read: a sum of amounts recorded before their ceiling may pass
 * 2^53 cents, which a read-model document cannot hold as a number (ADR 0024).
 */
export function totalVoteDuComite(document: Pick<ComiteDocument, 'decisions'>): CentsSum {
  return document.decisions
    .flatMap((decision) => decision.lignes)
    .reduce<CentsSum>((sum, ligne) => (ligne.resultat === 'vote' ? addCents(sum, ligne.montant ?? 0) : sum), 0);
}

export const comiteProjection: Projection<ComiteDocument> = {
  name: 'comites',
  // 2: totalVote is summed when read (totalVoteDuComite)
  version: 2,
  eventTypes: COMITE_EVENT_TYPES,
  documentIds: (event) => [(event.data as { comiteId: string }).comiteId],
  evolve: evolveComite,
  indexes: [{ keys: { annee: 1, date: 1 } }],
};
