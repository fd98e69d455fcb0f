import { SetMetadata } from '@nestjs/common';
import type { UserRole } from '@cdv/auth';

export const PERMIT_KEY = 'cdv:permit';
export const PUBLIC_KEY = 'cdv:public';

/**
 * The roles allowed to call a root query or mutation. A root field without @Permit or @Public is refused to
 * everyone: new operations are closed until someone decides who may use them. docs/security.md is generated
 * from these decorators.
 */
export const Permit = (...roles: UserRole[]) => SetMetadata(PERMIT_KEY, roles);

/** Operations anyone may call, without a token (health, version). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Role groups used across contexts, named for what they mean. */
export const READERS: UserRole[] = ['admin', 'agent', 'instructeur', 'porteur', 'auditeur', 'lecteur'];
export const AUDIT_READERS: UserRole[] = ['admin', 'agent', 'auditeur'];
