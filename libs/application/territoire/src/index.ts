// The territoire context's application layer: its GraphQL module, the fixture seeder and the national QPV
// import (NestJS services over the pure mappers of seed/ and import/).
export * from './import';
export * from './territoire.module';
export * from './territoire-read-models.module';
// The operator's list of workspaces, for its export (served where the exports are).
export { listerEspacesDeTravail, type EspaceDeTravail } from './territoire/espaces-de-travail.resolver';
