import type { Projection, ReadDocument, RecordedEvent } from '@cdv/eventsourcing';
import { DISPOSITIF_EVENT_TYPES, type DefinitionDispositif, type DispositifEvent, type Operation } from '@cdv/domain-rapport';

export interface OperationDocument extends Operation {
  plafondCalcule: number | null;
  annulee: boolean;
  enregistreLe: string;
}

/** An EPCI fund: its definition (rules in words, the amount rule) and the operations it paid outside the programmation. */
export interface DispositifDocument extends ReadDocument, DefinitionDispositif {
  operations: OperationDocument[];
  /** Every year that has an operation, for the report's filter. */
  annees: number[];
  /** Revision of the stream `dispositif-{id}` (expectedRevision of the next command). */
  revision?: number;
}

export function evolveDispositifDocument(document: DispositifDocument | null, recorded: RecordedEvent): DispositifDocument | null {
  const evolved = evolveDefinition(document, recorded);
  return evolved && { ...evolved, revision: recorded.revision };
}

function evolveDefinition(document: DispositifDocument | null, recorded: RecordedEvent): DispositifDocument | null {
  const event = { type: recorded.type, data: recorded.data } as DispositifEvent;
  if (event.type === 'DispositifDefini') {
    const { redefinition: _redefinition, ...definition } = event.data;
    return { _id: definition.dispositifId, ...definition, operations: document?.operations ?? [], annees: document?.annees ?? [] };
  }
  if (!document) return null;
  if (event.type === 'OperationEnregistree') {
    const { dispositifId: _id, ...operation } = event.data;
    const operations = [...document.operations, { ...operation, annulee: false, enregistreLe: recorded.metadata.recordedAt }];
    return { ...document, operations, annees: [...new Set([...document.annees, operation.annee])].sort() };
  }
  return { ...document, operations: document.operations.map((o) => (o.operationId === event.data.operationId ? { ...o, annulee: true } : o)) };
}

export const dispositifsProjection: Projection<DispositifDocument> = {
  name: 'dispositifs',
  version: 1,
  eventTypes: DISPOSITIF_EVENT_TYPES,
  documentIds: (event) => [(event.data as { dispositifId: string }).dispositifId],
  evolve: evolveDispositifDocument,
};
