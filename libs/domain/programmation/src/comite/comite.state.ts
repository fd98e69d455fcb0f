import type { ComiteEvent, MembreComite, QualiteMembre } from './comite.events';

/** An organisation of the comité and every capacity it holds there (présidence and financeur, often). */
export interface MembreEnSeance {
  organisationId: string;
  nom: string;
  qualites: QualiteMembre[];
}

export type ComiteState =
  | { statut: 'inexistant' }
  | {
      statut: 'convoque' | 'clos';
      comiteId: string;
      annee: number;
      date: string;
      membres: Record<string, MembreEnSeance>;
      /** The members as the events list them (one entry per capacity). */
      listeMembres: MembreComite[];
      dossiersDecides: string[];
      /** Financeurs whose lines this comité decided: they stay financeur members. */
      financeursAyantDecide: string[];
    };

export const initialComiteState = (): ComiteState => ({ statut: 'inexistant' });

export function membresEnSeance(membres: readonly MembreComite[]): Record<string, MembreEnSeance> {
  const byId: Record<string, MembreEnSeance> = {};
  for (const membre of membres) {
    const current = byId[membre.organisationId];
    byId[membre.organisationId] = current
      ? { ...current, qualites: [...current.qualites, membre.qualite] }
      : { organisationId: membre.organisationId, nom: membre.nom, qualites: [membre.qualite] };
  }
  return byId;
}

export function evolveComite(state: ComiteState, event: ComiteEvent): ComiteState {
  switch (event.type) {
    case 'ComiteConvoque':
      return {
        statut: 'convoque',
        comiteId: event.data.comiteId,
        annee: event.data.annee,
        date: event.data.date,
        membres: membresEnSeance(event.data.membres),
        listeMembres: event.data.membres,
        dossiersDecides: [],
        financeursAyantDecide: [],
      };
    case 'ProgrammationArretee':
      return state.statut === 'inexistant'
        ? state
        : {
            ...state,
            dossiersDecides: [...state.dossiersDecides, ...event.data.decisions.map((decision) => decision.dossierId)],
            financeursAyantDecide: [
              ...new Set([...state.financeursAyantDecide, ...event.data.decisions.flatMap((decision) => decision.lignes.map((ligne) => ligne.financeurId))]),
            ],
          };
    case 'ComiteClos':
      return state.statut === 'inexistant' ? state : { ...state, statut: 'clos' };
    case 'MembresComiteCorriges':
      return state.statut === 'inexistant' ? state : { ...state, membres: membresEnSeance(event.data.membres), listeMembres: event.data.membres };
  }
}
