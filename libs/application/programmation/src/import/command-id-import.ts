import { createHash } from 'node:crypto';
import { canonicalJson } from '@cdv/eventsourcing';
import { ligneIdDe, type DossierCommand } from '@cdv/domain-programmation';

/**
 * `import:{dossierId}:{command}[:{ligneId}]:{hash of what it says}`: the same fact read from any file (saved again,
 * exported to CSV, rows re-sorted, another dossier corrected) is the same command, which the command handler
 * drops. A corrected value is a new command, so a file fixed after a refusal resumes where the import stopped.
 * The context the application adds (the appel's state, the rules) and the wording of reasons are not the fact.
 */
export function commandIdImport(command: DossierCommand): string {
  const { contexte: _contexte, ...data } = command.data as DossierCommand['data'] & { contexte?: unknown };
  const ligneId = 'ligneId' in data ? `:${data.ligneId}` : 'financeur' in data && 'nature' in data ? `:${ligneIdDe(data.financeur.id, data.nature)}` : '';
  const hash = createHash('sha256')
    .update(canonicalJson({ type: command.type, data, effectiveAt: command.metadata.effectiveAt ?? null }))
    .digest('hex')
    .slice(0, 16);
  return `import:${command.data.dossierId}:${command.type}${ligneId}:${hash}`;
}
