// The demo programmation (CABBALR 2019, seed 003) and its seeder: used by the standalone app, the CLI, tests and
// benches only (type:demo, eslint.config.mjs).
export * from './cabbalr-2019.data';
export * from './demo-programmation';

export * from './programmation-seeder';
