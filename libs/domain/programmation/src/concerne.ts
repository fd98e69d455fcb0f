import type { AppelEvent } from './appel/appel.events';
import type { ComiteEvent } from './comite/comite.events';
import type { ConventionEvent } from './convention/convention.events';
import type { DossierEvent } from './dossier/dossier.events';

/** Every event of the programmation context. */
export type ProgrammationEvent = AppelEvent | DossierEvent | ComiteEvent | ConventionEvent;
type ProgrammationEventType = ProgrammationEvent['type'];
type DataOf<T extends ProgrammationEventType> = Extract<ProgrammationEvent, { type: T }>['data'];

/** What one event says it is about: the dossiers it names, the programmation years, the financeurs. */
interface Concerne<T extends ProgrammationEventType> {
  dossiers: (data: DataOf<T>) => Array<string | undefined>;
  annees: (data: DataOf<T>) => number[];
  financeurs: (data: DataOf<T>) => Array<string | undefined>;
}

const none = () => [];
/** A line's id is `{financeurId}:{nature}` (ligneIdDe): its financeur is what comes before the last colon. */
const financeurDeLigne = (ligneId: string | undefined) =>
  typeof ligneId === 'string' && ligneId.includes(':') ? ligneId.slice(0, ligneId.lastIndexOf(':')) : undefined;
const dossierOnly = { dossiers: (data: { dossierId: string }) => [data.dossierId], annees: none, financeurs: none };
const ligne = { ...dossierOnly, financeurs: (data: { ligneId: string }) => [financeurDeLigne(data.ligneId)] };
const anneeOnly = { dossiers: none, annees: (data: { annee: number }) => [data.annee], financeurs: none };

/**
 * « Which dossiers, years and financeurs does this event concern », read from the real payload of each event type —
 * in ONE place: the audit's bundles, the journal's filters and `diffProgrammation` all ask here. A comité decision
 * names its dossiers in `decisions[].dossierId`, a convention in `dossiers[].dossierId`; a deposit carrying on an
 * ajourné dossier also concerns the one it continues (`origine`); a line names its financeur in its id. The record is
 * keyed by every event type, so a new event type does not compile until it says what it concerns.
 */
const CONCERNE: { [T in ProgrammationEventType]: Concerne<T> } = {
  // appel-{annee}
  AppelAProjetsOuvert: { ...anneeOnly, financeurs: (data) => data.enveloppes.map((enveloppe) => enveloppe.financeur.id) },
  EnveloppeFixee: { ...anneeOnly, financeurs: (data) => [data.financeur.id] },
  ComitePlanifie: anneeOnly,
  AppelAProjetsClos: anneeOnly,
  ExerciceCloture: anneeOnly,
  DateClotureModifiee: anneeOnly,
  PiecesRequisesDefinies: anneeOnly,
  // dossier-{id}: its year is that of its deposit
  DossierDepose: { dossiers: (data) => [data.dossierId, data.origine?.dossierId], annees: (data) => [data.annee], financeurs: none },
  DossierModifie: dossierOnly,
  FinancementDemande: { ...dossierOnly, financeurs: (data) => [data.financeur.id] },
  DemandeFinancementRetiree: ligne,
  DossierMisEnInstruction: dossierOnly,
  AvisEmis: { ...dossierOnly, financeurs: (data) => [data.auteur.id, financeurDeLigne(data.ligneId)] },
  FinancementPropose: ligne,
  FinancementVote: ligne,
  FinancementRefuse: ligne,
  DossierRetenu: dossierOnly,
  DossierNonRetenu: dossierOnly,
  DossierAjourne: dossierOnly,
  DossierAbandonne: dossierOnly,
  DossierRattacheASerie: dossierOnly,
  DossierConventionne: dossierOnly,
  ActionDemarree: dossierOnly,
  FinancementEngage: ligne,
  VersementEffectue: ligne,
  BilanDepose: dossierOnly,
  IndicateurRenseigne: dossierOnly,
  FinancementJustifie: ligne,
  ReliquatsConstates: { ...dossierOnly, financeurs: (data) => data.lignes.map((reliquat) => reliquat.financeurId) },
  DossierSolde: dossierOnly,
  MontantCorrige: ligne,
  // a piece on a dossier's stream names the dossier; on a convention's stream (same types) it names none
  PieceDeposee: { dossiers: (data) => [(data as { dossierId?: string }).dossierId], annees: none, financeurs: none },
  PieceRemplacee: { dossiers: (data) => [(data as { dossierId?: string }).dossierId], annees: none, financeurs: none },
  PieceRetiree: { dossiers: (data) => [(data as { dossierId?: string }).dossierId], annees: none, financeurs: none },
  // comite-{id}
  ComiteConvoque: {
    ...anneeOnly,
    financeurs: (data) => data.membres.filter((membre) => membre.qualite === 'financeur').map((membre) => membre.organisationId),
  },
  ProgrammationArretee: {
    dossiers: (data) => data.decisions.map((decision) => decision.dossierId),
    annees: (data) => [data.annee],
    financeurs: (data) => data.decisions.flatMap((decision) => decision.lignes.map((l) => l.financeurId)),
  },
  ComiteClos: { dossiers: none, annees: none, financeurs: none },
  MembresComiteCorriges: {
    dossiers: none,
    annees: none,
    financeurs: (data) => [...data.membres, ...data.precedents].filter((membre) => membre.qualite === 'financeur').map((membre) => membre.organisationId),
  },
  // convention-{id}: a CPO belongs to each year it covers
  ConventionSignee: {
    dossiers: (data) => data.dossiers.map((dossier) => dossier.dossierId),
    annees: (data) => Array.from({ length: Math.max(0, data.anneeFin - data.anneeDebut + 1) }, (_, index) => data.anneeDebut + index),
    financeurs: (data) => data.signataires.map((signataire) => signataire.id),
  },
  DossierRattacheAConvention: { dossiers: (data) => [data.dossierId], annees: (data) => [data.annee], financeurs: none },
  TrancheEngagee: { dossiers: (data) => [data.dossierId], annees: (data) => [data.annee], financeurs: (data) => [data.financeurId] },
};

export function isProgrammationEventType(type: string): type is ProgrammationEventType {
  return Object.prototype.hasOwnProperty.call(CONCERNE, type);
}

/** A stored event as any reader has it (data as recorded; events of other contexts concern no dossier). */
export interface EvenementLu {
  type: string;
  data: unknown;
}

function concerne(event: EvenementLu): Concerne<ProgrammationEventType> | null {
  if (!isProgrammationEventType(event.type) || event.data === null || typeof event.data !== 'object') return null;
  return CONCERNE[event.type] as Concerne<ProgrammationEventType>;
}

/** What `pick` reads from the event, or nothing for a payload that is not the shape its type says (hand-made data). */
function lire<V>(event: EvenementLu, pick: (rule: Concerne<ProgrammationEventType>, data: never) => V[]): V[] {
  const rule = concerne(event);
  if (!rule) return [];
  try {
    return pick(rule, event.data as never);
  } catch {
    return [];
  }
}

const distincts = (values: Array<string | undefined>) => [...new Set(values.filter((id): id is string => typeof id === 'string' && id.length > 0))];

/** The ids of the dossiers the event concerns, each once (none for events of other contexts). */
export function dossiersConcernes(event: EvenementLu): string[] {
  return distincts(lire(event, (rule, data) => rule.dossiers(data)));
}

/** The financeurs (partenaire ids) the event concerns: a line's, an envelope's, a comité's votes, a convention's signataires. */
export function financeursConcernes(event: EvenementLu): string[] {
  return distincts(lire(event, (rule, data) => rule.financeurs(data)));
}

/** The programmation years the event belongs to (an appel's, a deposit's, a comité's, each year of a convention). */
export function anneesConcernees(event: EvenementLu): number[] {
  return lire(event, (rule, data) => rule.annees(data)).filter((annee) => Number.isInteger(annee));
}
