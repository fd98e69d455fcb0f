// Rapport annuel use cases (docs/domain/rapport-annuel.md): the GraphQL query and mutations, the downloads, and the
// read service the CLI and the demo seeder assemble the report with.
export * from './rapport.module';
export * from './rapport-read-models.module';
export * from './lecture/lecture-rapport.service';
export * from './http/telechargement-rapport.service';
