import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTokenVerifier } from '@cdv/auth';
import { authOf, loadPlatformConfig } from '@cdv/platform';
import { capturedIo as io } from '../cli-io.mother';
import { runCli } from '../main';

describe('cli token (issue 12, item 7)', () => {
  let dir: string;
  let env: Record<string, string>;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cdv-token-cli-'));
    env = { DATA_DIR: dir, PORT: '4101', LOG_LEVEL: 'error' };
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the token alone on stdout, signed with the secret of DATA_DIR that the apps verify, and hints the app’s port on stderr', async () => {
    const run = io(env);
    expect(await runCli(['token', '--tenant', 'cabbalr', '--role', 'instructeur,lecteur', '--organisation', 'etat'], run.io)).toBe(0);
    expect(run.out()).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    const identity = await createTokenVerifier(authOf(loadPlatformConfig('standalone', env))).verify(run.out().trim());
    expect(identity).toMatchObject({
      sub: 'instructeur@cabbalr',
      memberships: [{ tenant: 'cabbalr', roles: ['instructeur', 'lecteur'], organisationId: 'etat' }],
    });
    expect(run.err()).toContain('curl -s localhost:4101/graphql');
    expect(run.err()).toContain(`signed with the secret of ${dir}`);
  });

  it.each([
    [['--tenant', 'Bad Tenant', '--role', 'agent'], /--tenant "Bad Tenant" is not a workspace id: lower-case letters, digits and dashes/],
    [['--role', 'agent'], /--tenant is required/],
    [['--tenant', 'cabbalr', '--role', 'superuser'], /--role: "superuser" is not a role; use admin, agent/],
    [['--tenant', 'cabbalr'], /--role is required/],
    [['--tenant', 'cabbalr', '--role', 'porteur'], /--organisation is required with role porteur: the id of the partenaire it acts for/],
    [['--tenant', 'cabbalr', '--role', 'agent,instructeur'], /--organisation is required with role instructeur/],
    [['--tenant', 'cabbalr', '--role', 'agent', '--expires', '30d'], /longer than the 720 minutes the apps accept \(AUTH_TOKEN_MAX_AGE_MINUTES\)/],
    [['--tenant', 'cabbalr', '--role', 'agent', '--expires', 'soon'], /--expires "soon" is not a duration: write it like 30m, 8h or 1d/],
  ])('%j → a usage error saying what to do (exit 2), no token', async (args, message) => {
    const run = io(env);
    expect(await runCli(['token', ...args], run.io)).toBe(2);
    expect(run.err()).toMatch(message);
    expect(run.out()).toBe('');
  });

  it('a token for longer is possible when the apps accept it (AUTH_TOKEN_MAX_AGE_MINUTES)', async () => {
    const run = io({ ...env, AUTH_TOKEN_MAX_AGE_MINUTES: String(31 * 24 * 60) });
    expect(await runCli(['token', '--tenant', 'cabbalr', '--role', 'agent', '--expires', '30d'], run.io)).toBe(0);
  });
});
