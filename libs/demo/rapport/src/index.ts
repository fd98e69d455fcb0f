// Demo data of the rapport annuel (docs/design.md §9 libs/demo): CABBALR 2019 from seed 003, for the seeders, tests and benches.
export * from './cabbalr-2019-rapport.data';
export * from './cabbalr-2019-rapport.commands';
export * from './rapport-seeder';
export * from './demo-seeder';
