import type { Identity, Membership, UserRole } from '@cdv/auth';
import { isTenantId } from '@cdv/eventsourcing';

export class TenantMismatch extends Error {
  override readonly name = 'TenantMismatch';
}

/**
 * The request names its tenant (X-Tenant); it must be one of the token's memberships (docs/design.md §6). A token with
 * a single membership may omit the header.
 */
export function resolveMembership(identity: Identity, requestedTenant: string | undefined): Membership {
  if (requestedTenant === undefined || requestedTenant === '') {
    if (identity.memberships.length === 1) return identity.memberships[0];
    throw new TenantMismatch('name the workspace with the X-Tenant header: this token belongs to several (or none)');
  }
  if (!isTenantId(requestedTenant)) {
    const shown = requestedTenant.length > 64 ? `${requestedTenant.slice(0, 64)}…` : requestedTenant;
    throw new TenantMismatch(`X-Tenant "${shown}" is not a workspace id (lower-case letters, digits and dashes)`);
  }
  const membership = identity.memberships.find((candidate) => candidate.tenant === requestedTenant);
  if (!membership) throw new TenantMismatch(`this token gives no access to workspace "${requestedTenant}"`);
  return membership;
}

/**
 * Roles from the widest view and rights to the narrowest: the EPCI's staff act for everyone, an instructeur for
 * its organisation's lines but reads every dossier, auditeurs and lecteurs read, a porteur sees only its
 * organisation's dossiers. docs/adr/0019-graphql-edge-limits-and-roles-per-field.md.
 */
export const ROLE_PRECEDENCE: readonly UserRole[] = ['admin', 'agent', 'instructeur', 'auditeur', 'lecteur', 'porteur'];

/**
 * The role under which a member calls an operation: the widest of its roles that the operation permits (the
 * order of the roles in the token does not matter), or null when none does. Decided for each root field on its
 * own: one field of a request never runs under the role that granted another.
 */
export function grantingRole(membership: Membership, permitted: readonly UserRole[]): UserRole | null {
  return ROLE_PRECEDENCE.find((role) => membership.roles.includes(role) && permitted.includes(role)) ?? null;
}
