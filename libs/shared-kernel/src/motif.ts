import { refuse, type CommandMetadata, type Refusal } from '@cdv/eventsourcing';

/**
 * The one reason check: changes to facts already decided (after a signature, corrections, refusals) must say why
 * (docs/design.md §4). The refusal names the field `reason`.
 */
export function exigerMotif(metadata: CommandMetadata, pourquoi: string): Refusal | null {
  return metadata.reason && metadata.reason.trim() ? null : refuse.validation('reason', `a reason is required: ${pourquoi}`);
}
