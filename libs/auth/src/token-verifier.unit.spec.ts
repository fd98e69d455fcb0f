import { SignJWT } from 'jose';
import { AuthenticationError } from './identity';
import { createTokenVerifier } from './token-verifier';

const SECRET = 'unit-secret-unit-secret-unit-secret-0123';
const verifier = createTokenVerifier({ kind: 'local', secret: SECRET, issuer: 'cdv-local', audience: 'cdv-api', maxTokenAgeSeconds: 12 * 3600 });
const now = () => Math.floor(Date.now() / 1000);

/** A token of the local issuer with the claims given; `iat`/`exp` only when named (null: left out). */
function token(claims: { iat?: number | null; exp?: number | null }): Promise<string> {
  const jwt = new SignJWT({ memberships: [{ tenant: 'mel', roles: ['agent'] }] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('agent@mel')
    .setIssuer('cdv-local')
    .setAudience('cdv-api');
  const iat = claims.iat === undefined ? now() : claims.iat;
  const exp = claims.exp === undefined ? now() + 3600 : claims.exp;
  if (iat !== null) jwt.setIssuedAt(iat);
  if (exp !== null) jwt.setExpirationTime(exp);
  return jwt.sign(new TextEncoder().encode(SECRET));
}

async function refusal(claims: { iat?: number | null; exp?: number | null }): Promise<string> {
  try {
    await verifier.verify(await token(claims));
  } catch (error) {
    expect(error).toBeInstanceOf(AuthenticationError);
    return (error as Error).message;
  }
  throw new Error('the token was accepted');
}

describe('token verifier: expiry and age (issue 12, item 7)', () => {
  it('accepts a fresh token that expires', async () => {
    expect(await verifier.verify(await token({}))).toMatchObject({ sub: 'agent@mel' });
  });

  it('refuses a token without exp: it would never expire', async () => {
    expect(await refusal({ exp: null })).toMatch(/no expiry \(exp\)/);
  });

  it('refuses a token without iat: its age cannot be checked', async () => {
    expect(await refusal({ iat: null })).toMatch(/no issue time \(iat\)/);
  });

  it('refuses a token older than the maximum age, even if its exp is years away', async () => {
    expect(await refusal({ iat: now() - 13 * 3600, exp: now() + 10 * 365 * 86400 })).toMatch(/more than 720 minutes ago \(AUTH_TOKEN_MAX_AGE_MINUTES\)/);
  });

  it('refuses an expired token and one issued in the future, past the clock tolerance', async () => {
    expect(await refusal({ iat: now() - 7200, exp: now() - 60 })).toMatch(/expired/);
    expect(await refusal({ iat: now() + 600 })).toMatch(/issued in the future/);
  });

  it('tolerates the clock of another machine being a few seconds ahead', async () => {
    expect(await verifier.verify(await token({ iat: now() + 10 }))).toMatchObject({ sub: 'agent@mel' });
  });
});
