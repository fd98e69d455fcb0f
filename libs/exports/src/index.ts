// Exports of the platform's lists (docs/design.md §13, docs/exports.md): column catalogues, the French CSV and the
// typed XLSX writers, export kinds and their HTTP endpoint beside /graphql.
export * from './colonnes';
export * from './formats/tableau';
export * from './formats/valeurs';
export * from './formats/csv';
export * from './formats/xlsx';
export * from './requete';
export * from './definition';
export * from './executer-export';
export * from './export-registry';
export * from './http-errors';
export * from './exports.controller';
export * from './exports.module';
