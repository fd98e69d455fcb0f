// Programmation use cases. The pure parts live here for now: the spreadsheet import mapping and the demo
// programmation; the NestJS command/query handlers and resolvers are wired on top of them.
export * from './import/csv';
export * from './import/montants';
export * from './import/colonnes';
export * from './import/import-programmation';
export * from './seed/cabbalr-2019.data';
export * from './seed/demo-programmation';
export * from './programmation.module';
export * from './programmation-read-models.module';
