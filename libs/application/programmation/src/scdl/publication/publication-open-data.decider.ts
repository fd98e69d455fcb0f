import { refuse, streamName, type Command, type Decider, type DomainEvent, type Refusal } from '@cdv/eventsourcing';
import { refuseReadOnly } from '@cdv/domain-programmation';

/**
 * Whether the workspace publishes its SCDL « subventions » files at a public URL, and whose (ADR « exports and
 * SCDL »). Workspace configuration kept as an event-sourced singleton stream, like the financing rules
 * (regles-financement.decider.ts): who opened the data, when and why stays in the log. Off until an admin turns
 * it on.
 */
export type DefinirPublicationOpenData = Command<'DefinirPublicationOpenData', { active: boolean; attribuants: string[] }>;

export type PublicationOpenDataDefinie = DomainEvent<
  'PublicationOpenDataDefinie',
  { active: boolean; attribuants: string[]; avant: { active: boolean; attribuants: string[] } }
>;

export interface PublicationOpenDataState {
  active: boolean;
  /** Partenaire ids whose files are published (the EPCI, financeurs that asked). */
  attribuants: string[];
}

export const initialPublicationState = (): PublicationOpenDataState => ({ active: false, attribuants: [] });

export function publicationOpenDataStream(tenant: string): string {
  return streamName(tenant, 'publication-open-data');
}

export const ATTRIBUANTS_MAX = 50;
const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;

export function decidePublication(command: DefinirPublicationOpenData, state: PublicationOpenDataState): PublicationOpenDataDefinie[] | Refusal {
  const { actor } = command.metadata;
  const denied = refuseReadOnly(actor);
  if (denied) return denied;
  if (actor.role !== 'admin' && actor.role !== 'system') {
    return refuse.forbidden('publishing open data is a workspace setting: reserved to admins', { role: actor.role, command: command.type });
  }
  const { active, attribuants } = command.data;
  if (typeof active !== 'boolean') return refuse.validation('active', 'active is true or false');
  if (!Array.isArray(attribuants)) return refuse.validation('attribuants', 'attribuants is a list of partenaire ids');
  if (attribuants.length > ATTRIBUANTS_MAX) return refuse.validation('attribuants', `at most ${ATTRIBUANTS_MAX} attribuants`);
  const invalide = attribuants.find((id) => typeof id !== 'string' || !ID.test(id));
  if (invalide !== undefined) return refuse.validation('attribuants', `"${String(invalide).slice(0, 60)}" is not a partenaire id`);
  if (new Set(attribuants).size !== attribuants.length) return refuse.validation('attribuants', 'an attribuant is named twice');
  if (active && attribuants.length === 0)
    return refuse.validation('attribuants', 'name the attribuants whose files are published (the EPCI’s partenaire id at least)');
  const tries = [...attribuants].sort();
  if (active === state.active && tries.join('\n') === [...state.attribuants].sort().join('\n')) return [];
  return [{ type: 'PublicationOpenDataDefinie', data: { active, attribuants: tries, avant: { active: state.active, attribuants: state.attribuants } } }];
}

export function evolvePublication(_state: PublicationOpenDataState, event: PublicationOpenDataDefinie): PublicationOpenDataState {
  return { active: event.data.active, attribuants: event.data.attribuants };
}

export const publicationOpenDataDecider: Decider<DefinirPublicationOpenData, PublicationOpenDataDefinie, PublicationOpenDataState> = {
  decide: decidePublication,
  evolve: evolvePublication,
  initialState: initialPublicationState,
};
