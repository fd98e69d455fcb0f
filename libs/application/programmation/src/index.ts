// Programmation use cases. The pure parts live here for now: the spreadsheet import mapping and the demo
// programmation; the NestJS command/query handlers and resolvers are wired on top of them.
export * from './import/csv';
export * from './import/montants';
export * from './import/colonnes';
export * from './import/import-programmation';
export * from './import/import-programmation.types';
export * from './import/command-id-import';
export * from './import/tableur';
export * from './import/referentiel-import';
export * from './import/programmation-importer';
export * from './programmation.module';
export * from './programmation-read-models.module';
export { enumOf } from './shared/programmation.enums';
export { anneeValide } from './shared/annee';
// The application services others may reuse: the tenant's financing rules (event-sourced configuration), the
// contexte the deciders need, and the process manager that applies comité / convention decisions to dossiers.
export * from './regles/regles-financement.decider';
export * from './shared/contexte.service';
export * from './reactions/dossier-reactions.service';
export * from './reactions/programmation-reactor';
export * from './import/executer-commandes';
// Exports of the programmation's lists (CSV/XLSX), for the HTTP endpoint and the CLI.
export * from './export/programmation-exports';
export { exportReglesFinancement } from './export/export-regles';
// The SCDL « subventions » file (open data) and the workspace's publication setting.
export * from './scdl/schema-scdl';
export * from './scdl/ligne-scdl';
export * from './scdl/fichier-scdl';
export * from './scdl/publication/publication-open-data.decider';
export * from './import/http/import-programmation.http';
