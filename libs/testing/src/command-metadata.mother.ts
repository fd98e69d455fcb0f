import type { Actor, CommandMetadata, Role } from '@cdv/eventsourcing';

/** Object mother for the who/when/why of a command. Override what the test is about, nothing else. */
export function aCommandMetadata(overrides: Partial<CommandMetadata> & { role?: Role; organisationId?: string } = {}): CommandMetadata {
  const { role, organisationId, ...rest } = overrides;
  const actor: Actor = overrides.actor ?? {
    userId: `user-${role ?? 'agent'}`,
    role: role ?? 'agent',
    ...(organisationId ? { organisationId } : {}),
  };
  return {
    tenantId: 'mel',
    source: 'api',
    now: '2024-03-01T09:00:00.000Z',
    ...rest,
    actor,
  };
}
