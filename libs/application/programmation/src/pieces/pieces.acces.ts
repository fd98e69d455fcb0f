import type { RequestContext } from '@cdv/tenancy';

/** Auditors read withdrawn pieces too (docs/design.md §6: everything, history included); nobody else does. */
export function voitLesPiecesRetirees(context: RequestContext): boolean {
  return context.membership.roles.includes('auditeur');
}
