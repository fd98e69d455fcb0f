import type { Identity, Membership, UserRole } from '@cdv/auth';
import { isTenantId } from '@cdv/eventsourcing';

export class TenantMismatch extends Error {
  override readonly name = 'TenantMismatch';
}

/**
 * The request names its tenant (X-Tenant); it must be one of the token's memberships (DESIGN §6). A token with
 * a single membership may omit the header.
 */
export function resolveMembership(identity: Identity, requestedTenant: string | undefined): Membership {
  if (requestedTenant === undefined || requestedTenant === '') {
    if (identity.memberships.length === 1) return identity.memberships[0];
    throw new TenantMismatch('name the workspace with the X-Tenant header: this token belongs to several (or none)');
  }
  if (!isTenantId(requestedTenant)) throw new TenantMismatch(`X-Tenant "${requestedTenant}" is not a workspace id`);
  const membership = identity.memberships.find((candidate) => candidate.tenant === requestedTenant);
  if (!membership) throw new TenantMismatch(`this token gives no access to workspace "${requestedTenant}"`);
  return membership;
}

/** The first of the member's roles that the operation permits, or null. */
export function grantingRole(membership: Membership, permitted: readonly UserRole[]): UserRole | null {
  return membership.roles.find((role) => permitted.includes(role)) ?? null;
}
