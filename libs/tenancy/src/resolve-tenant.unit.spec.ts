import type { Identity, Membership } from '@cdv/auth';
import { grantingRole, resolveMembership, ROLE_PRECEDENCE, TenantMismatch } from './resolve-tenant';

const mel: Membership = { tenant: 'mel', roles: ['agent'] };
const cahc: Membership = { tenant: 'cahc', roles: ['instructeur'], organisationId: 'caf-62' };
const identity = (...memberships: Membership[]): Identity => ({ sub: 'someone', memberships });

describe('the workspace a request acts in (X-Tenant)', () => {
  it('is the one the header names, among the token’s memberships', () => {
    expect(resolveMembership(identity(mel, cahc), 'cahc')).toEqual(cahc);
    expect(resolveMembership(identity(mel, cahc), 'mel')).toEqual(mel);
  });

  it('may be left out when the token has a single membership', () => {
    expect(resolveMembership(identity(mel), undefined)).toEqual(mel);
    expect(resolveMembership(identity(mel), '')).toEqual(mel);
  });

  it('must be named when the token has several memberships, or none', () => {
    expect(() => resolveMembership(identity(mel, cahc), undefined)).toThrow(TenantMismatch);
    expect(() => resolveMembership(identity(), undefined)).toThrow(/X-Tenant/);
  });

  it('refuses a workspace the token gives no access to: nothing of another tenant is reached', () => {
    expect(() => resolveMembership(identity(mel), 'cahc')).toThrow(new TenantMismatch('this token gives no access to workspace "cahc"'));
  });

  it('refuses a header that is not a workspace id, showing at most 64 characters of it', () => {
    expect(() => resolveMembership(identity(mel), 'MEL')).toThrow(/is not a workspace id/);
    const long = 'x'.repeat(500);
    try {
      resolveMembership(identity(mel), long);
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(TenantMismatch);
      expect((error as Error).message).toContain(`"${'x'.repeat(64)}…"`);
      expect((error as Error).message.length).toBeLessThan(200);
    }
  });
});

describe('the role an operation runs under', () => {
  it('is the widest of the member’s roles that the operation permits, whatever their order in the token', () => {
    expect(grantingRole({ tenant: 'mel', roles: ['lecteur', 'admin'] }, ['admin', 'lecteur'])).toBe('admin');
    expect(grantingRole({ tenant: 'mel', roles: ['admin', 'lecteur'] }, ['lecteur'])).toBe('lecteur');
    expect(grantingRole({ tenant: 'mel', roles: ['porteur', 'instructeur'] }, ['instructeur', 'porteur'])).toBe('instructeur');
  });

  it('is none when no role of the member is permitted', () => {
    expect(grantingRole({ tenant: 'mel', roles: ['porteur'] }, ['admin', 'agent'])).toBeNull();
    expect(grantingRole({ tenant: 'mel', roles: ['agent'] }, [])).toBeNull();
  });

  it('ranks every role a person can hold', () => {
    expect([...ROLE_PRECEDENCE].sort()).toEqual(['admin', 'agent', 'auditeur', 'instructeur', 'lecteur', 'porteur']);
  });
});
