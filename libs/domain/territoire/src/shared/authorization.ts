import { refuse, type Command, type Refusal, type Role } from '@cdv/eventsourcing';

/** The référentiel (territory, geography, partners, contract, cadre) is kept by admins; seeds and imports run as system. */
export const ROLES_REFERENTIEL: readonly Role[] = ['admin', 'system'];

export function exigerRoleReferentiel(command: Command): Refusal | null {
  const role = command.metadata.actor.role;
  if (ROLES_REFERENTIEL.includes(role)) return null;
  return refuse.forbidden(`${command.type} is reserved to the référentiel administrators (role admin), not ${role}`, {
    role,
    command: command.type,
  });
}

/**
 * Indicator values are reported by whoever runs the programmation (bilans, yearly report): agents as well as
 * admins. Defining the catalogue stays with the référentiel administrators.
 */
export const ROLES_VALEURS_INDICATEUR: readonly Role[] = ['admin', 'agent', 'system'];

export function exigerRoleValeursIndicateur(command: Command): Refusal | null {
  const role = command.metadata.actor.role;
  if (ROLES_VALEURS_INDICATEUR.includes(role)) return null;
  return refuse.forbidden(`${command.type} is reserved to the agents and administrators, not ${role}`, { role, command: command.type });
}
