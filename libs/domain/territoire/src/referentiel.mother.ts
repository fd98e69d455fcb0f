import type { Command, CommandMetadata, Role } from '@cdv/eventsourcing';

/** Object mother for the commands of this context (tests only): an admin of "mel" unless the test says otherwise. */
export function aReferentielCommand<C extends Command>(type: C['type'], data: C['data'], overrides: Partial<CommandMetadata> & { role?: Role } = {}): C {
  const { role = 'admin', ...rest } = overrides;
  const metadata: CommandMetadata = {
    tenantId: 'mel',
    actor: { userId: `user-${role}`, role },
    source: 'api',
    now: '2024-03-01T09:00:00.000Z',
    ...rest,
  };
  return { type, data, metadata } as C;
}

/** Roles that must not touch the référentiel. */
export const ROLES_NON_REFERENTIEL: Role[] = ['agent', 'instructeur', 'porteur', 'auditeur', 'lecteur'];
