import { identityFromClaims } from './claims';
import { AuthenticationError } from './identity';
import { LocalTokenIssuer } from './local-token-issuer';
import { createTokenVerifier } from './token-verifier';

describe('the identity a verified token proves (docs/design.md §6 claims)', () => {
  it('reads the subject, the memberships with their roles and organisation, and the name', () => {
    expect(
      identityFromClaims({
        sub: 'instructeur@caf',
        name: 'Camille',
        memberships: [
          { tenant: 'mel', roles: ['instructeur'], organisationId: 'caf-59' },
          { tenant: 'cahc', roles: ['lecteur', 'auditeur'] },
        ],
      }),
    ).toEqual({
      sub: 'instructeur@caf',
      name: 'Camille',
      memberships: [
        { tenant: 'mel', roles: ['instructeur'], organisationId: 'caf-59' },
        { tenant: 'cahc', roles: ['lecteur', 'auditeur'] },
      ],
    });
  });

  it.each([
    ['no subject', { memberships: [] }, /no subject/],
    ['an empty subject', { sub: '', memberships: [] }, /no subject/],
    ['no memberships claim', { sub: 'x' }, /no memberships claim/],
    ['a membership that is not an object', { sub: 'x', memberships: ['mel'] }, /malformed membership/],
    ['a tenant that is not a workspace id', { sub: 'x', memberships: [{ tenant: 'MEL!', roles: ['agent'] }] }, /valid tenant/],
    ['no role', { sub: 'x', memberships: [{ tenant: 'mel', roles: [] }] }, /unknown roles/],
    ['the platform’s own role', { sub: 'x', memberships: [{ tenant: 'mel', roles: ['system'] }] }, /unknown roles/],
    ['an unknown role', { sub: 'x', memberships: [{ tenant: 'mel', roles: ['superuser'] }] }, /unknown roles/],
    ['a malformed organisation', { sub: 'x', memberships: [{ tenant: 'mel', roles: ['porteur'], organisationId: 42 }] }, /malformed organisationId/],
  ])('refuses a token with %s', (_label, claims, message) => {
    expect(() => identityFromClaims(claims)).toThrow(AuthenticationError);
    expect(() => identityFromClaims(claims)).toThrow(message);
  });
});

describe('the embedded issuer (cli token, tests)', () => {
  const SECRET = 'auth-secret-auth-secret-auth-secret-0123';
  const issuer = new LocalTokenIssuer(SECRET, 'cdv-local', 'cdv-api');

  it('mints tokens the local verifier accepts, with the identity they were minted for', async () => {
    const verifier = createTokenVerifier({ kind: 'local', secret: SECRET, issuer: 'cdv-local', audience: 'cdv-api', maxTokenAgeSeconds: 3600 });
    const token = await issuer.mint({ sub: 'porteur@asso', name: 'Asso', memberships: [{ tenant: 'mel', roles: ['porteur'], organisationId: 'asso-1' }] });
    expect(await verifier.verify(token)).toEqual({
      sub: 'porteur@asso',
      name: 'Asso',
      memberships: [{ tenant: 'mel', roles: ['porteur'], organisationId: 'asso-1' }],
    });
  });

  it('mints tokens another key, issuer or audience refuses', async () => {
    const token = await issuer.mint({ sub: 'agent@mel', memberships: [{ tenant: 'mel', roles: ['agent'] }] });
    for (const config of [
      { secret: 'another-secret-another-secret-0123456789', issuer: 'cdv-local', audience: 'cdv-api' },
      { secret: SECRET, issuer: 'someone-else', audience: 'cdv-api' },
      { secret: SECRET, issuer: 'cdv-local', audience: 'another-api' },
    ]) {
      await expect(createTokenVerifier({ kind: 'local', maxTokenAgeSeconds: 3600, ...config }).verify(token)).rejects.toBeInstanceOf(AuthenticationError);
    }
  });
});
