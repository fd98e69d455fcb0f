/** DI tokens of the platform's ports. */
export const PLATFORM_CONFIG = Symbol('PLATFORM_CONFIG');
/** The event store as the application reads it: events upcast to their current schemaVersion. */
export const EVENT_STORE = Symbol('EVENT_STORE');
/** The events exactly as stored, for what hashes them (verification, seals, evidence) and the command handler. */
export const STORED_EVENT_STORE = Symbol('STORED_EVENT_STORE');
export const READ_STORE = Symbol('READ_STORE');
/** The bytes of the pièces justificatives (port in libs/eventsourcing/src/document-store.port.ts); only where config.documents is set. */
export const DOCUMENT_STORE = Symbol('DOCUMENT_STORE');
