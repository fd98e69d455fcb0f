import { ROLES, type Role } from '@cdv/eventsourcing';

/** Roles a person can hold in a workspace (docs/design.md §6); `system` is reserved to the platform itself. */
export type UserRole = Exclude<Role, 'system'>;
export const USER_ROLES = ROLES.filter((role): role is UserRole => role !== 'system');

export interface Membership {
  tenant: string;
  roles: UserRole[];
  /** The partenaire the user acts for (a financeur's instructor, a porteur). */
  organisationId?: string;
}

/** Who is calling, as proven by a verified token. */
export interface Identity {
  sub: string;
  name?: string;
  memberships: Membership[];
}

/** Every authentication failure: the GraphQL layer turns it into UNAUTHENTICATED. */
export class AuthenticationError extends Error {
  override readonly name = 'AuthenticationError';
}
