export * from './seed-builder';
export * from './fixture-to-commands';
export * from './fixtures.types';
export * from './territoire-seeder';
export * from './identifiants-synthetiques';
