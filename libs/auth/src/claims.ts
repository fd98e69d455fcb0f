import type { JWTPayload } from 'jose';
import { isTenantId } from '@cdv/eventsourcing';
import { AuthenticationError, USER_ROLES, type Identity, type Membership, type UserRole } from './identity';

/** Reads the docs/design.md §6 claims (`sub`, `memberships`) out of a verified payload, refusing anything malformed. */
export function identityFromClaims(payload: JWTPayload): Identity {
  if (typeof payload.sub !== 'string' || payload.sub.length === 0) throw new AuthenticationError('token has no subject (sub)');
  const raw = (payload as { memberships?: unknown }).memberships;
  if (!Array.isArray(raw)) throw new AuthenticationError('token has no memberships claim');
  const memberships = raw.map(parseMembership);
  const name = (payload as { name?: unknown }).name;
  return { sub: payload.sub, memberships, ...(typeof name === 'string' ? { name } : {}) };
}

function parseMembership(value: unknown): Membership {
  if (typeof value !== 'object' || value === null) throw new AuthenticationError('malformed membership in token');
  const { tenant, roles, organisationId } = value as Record<string, unknown>;
  if (typeof tenant !== 'string' || !isTenantId(tenant)) throw new AuthenticationError('membership without a valid tenant');
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every((role) => USER_ROLES.includes(role as UserRole))) {
    throw new AuthenticationError(`membership of ${tenant} has unknown roles`);
  }
  if (organisationId !== undefined && typeof organisationId !== 'string') {
    throw new AuthenticationError(`membership of ${tenant} has a malformed organisationId`);
  }
  return { tenant, roles: roles as UserRole[], ...(organisationId ? { organisationId } : {}) };
}
