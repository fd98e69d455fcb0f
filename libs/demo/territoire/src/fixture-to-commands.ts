import { cabbalrToCommands } from './cabbalr.seed';
import type { CabbalrFixture, GrandNancyFixture, MelCahcFixture, ValenciennesFixture } from './fixtures.types';
import { grandNancyToCommands } from './grand-nancy.seed';
import { melCahcToCommands } from './mel-cahc.seed';
import type { SeedCommand, SeedOptions } from './seed-builder';
import { valenciennesToCommands } from './valenciennes.seed';

/** The seeded tenants and the fixture file each one comes from. */
export const FIXTURES_PAR_TENANT = {
  mel: 'mel-and-cahc.json',
  cahc: 'mel-and-cahc.json',
  'valenciennes-metropole': 'valenciennes-metropole.json',
  'grand-nancy': 'grand-nancy.json',
  cabbalr: 'cabbalr.json',
} as const;

export type TenantSeed = keyof typeof FIXTURES_PAR_TENANT;

function objet(value: unknown): Record<string, unknown> {
  if (!value || typeof value !== 'object') throw new Error('a fixture is a JSON object');
  return value as Record<string, unknown>;
}

function tenantIdDuFichier(fixture: Record<string, unknown>): unknown {
  return objet(fixture.tenant ?? {}).id;
}

/**
 * Maps a parsed fixture file to the ordered commands that seed one tenant: territoire, partners, geography,
 * contract, cadre stratégique, indicators, engagements and reported figures (programmation is seeded elsewhere).
 * Ids and commandIds derive from the fixture, so running the result twice appends nothing.
 */
export function fixtureToCommands(fixtureJson: unknown, tenantId: string, options: SeedOptions = {}): SeedCommand[] {
  const fixture = objet(fixtureJson);
  const mismatch = (expected: string) => new Error(`tenant ${tenantId} is seeded from ${expected}, which this fixture is not`);
  switch (tenantId as TenantSeed) {
    case 'mel':
    case 'cahc':
      if (!Array.isArray(fixture.tenants)) throw mismatch(FIXTURES_PAR_TENANT.mel);
      return melCahcToCommands(fixture as unknown as MelCahcFixture, tenantId, options);
    case 'valenciennes-metropole':
      if (tenantIdDuFichier(fixture) !== 'cavm') throw mismatch(FIXTURES_PAR_TENANT['valenciennes-metropole']);
      return valenciennesToCommands(fixture as unknown as ValenciennesFixture, tenantId, options);
    case 'grand-nancy':
      if (tenantIdDuFichier(fixture) !== 'mgn') throw mismatch(FIXTURES_PAR_TENANT['grand-nancy']);
      return grandNancyToCommands(fixture as unknown as GrandNancyFixture, tenantId, options);
    case 'cabbalr':
      if (tenantIdDuFichier(fixture) !== 'cabbalr') throw mismatch(FIXTURES_PAR_TENANT.cabbalr);
      return cabbalrToCommands(fixture as unknown as CabbalrFixture, tenantId, options);
    default:
      throw new Error(`no fixture for tenant ${tenantId} (known: ${Object.keys(FIXTURES_PAR_TENANT).join(', ')})`);
  }
}
