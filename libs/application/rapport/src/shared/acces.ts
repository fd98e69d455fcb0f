import type { UserRole } from '@cdv/auth';

/**
 * Who reads and writes the rapport annuel (docs/security.md). The EPCI's staff write it (the deciders refuse every
 * other role again); the report's figures are aggregated and open the dossiers behind them, so those who read the
 * dashboards read it too — not the porteur, who sees its own dossiers only.
 */
export const REDACTEURS_RAPPORT: UserRole[] = ['admin', 'agent'];
export const LECTEURS_RAPPORT: UserRole[] = ['admin', 'agent', 'instructeur', 'auditeur', 'lecteur'];
