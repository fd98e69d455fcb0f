import { Refusal } from '@cdv/eventsourcing';

/** A command on an aggregate whose stream is empty: the client named something that does not exist. */
export function inexistant(what: string, id?: string): Refusal {
  return new Refusal('NOT_FOUND', `${what}${id ? ` ${id}` : ''} does not exist: create it first`, { what, ...(id ? { id } : {}) });
}
