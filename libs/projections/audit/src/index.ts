export * from './history/audited-event';
export * from './history/history';
export * from './journal/journal-filter';
export * from './labels/event-labels';
