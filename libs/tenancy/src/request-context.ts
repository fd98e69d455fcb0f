import type { Identity, Membership, UserRole } from '@cdv/auth';
import type { Actor, CommandMetadata } from '@cdv/eventsourcing';

/**
 * Who calls, for which tenant, under which role: built once per request by the auth guard from a verified
 * token and the X-Tenant header. Every store call takes its tenant from here, never from user input.
 */
export interface RequestContext {
  identity: Identity;
  tenantId: string;
  membership: Membership;
  /** The membership role that granted the current operation. */
  role: UserRole;
  correlationId: string;
}

export function actorOf(context: RequestContext): Actor {
  return {
    userId: context.identity.sub,
    role: context.role,
    ...(context.membership.organisationId ? { organisationId: context.membership.organisationId } : {}),
  };
}

export interface CommandOptions {
  commandId?: string | null;
  reason?: string | null;
  effectiveAt?: string | null;
}

/**
 * The who/when/why of a command sent through the API. `options` is the mutation's whole input: with a
 * commandId, it is what the idempotency fingerprint is computed from (libs/eventsourcing/src/command-fingerprint.ts).
 */
export function commandMetadataFor(context: RequestContext, options: CommandOptions = {}, now: Date = new Date()): CommandMetadata {
  return {
    tenantId: context.tenantId,
    actor: actorOf(context),
    now: now.toISOString(),
    source: 'api',
    correlationId: context.correlationId,
    ...(options.commandId ? { commandId: options.commandId, request: options } : {}),
    ...(options.reason ? { reason: options.reason } : {}),
    ...(options.effectiveAt ? { effectiveAt: options.effectiveAt } : {}),
  };
}
