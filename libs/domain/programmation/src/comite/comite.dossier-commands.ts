import type { RecordedEvent } from '@cdv/eventsourcing';
import type { DossierCommand } from '../dossier/dossier.commands';
import { dossierStream } from '../dossier/dossier.stream';
import type { RegleFinancement } from '../regles/regles';
import { derivedMetadata, type DispatchOptions, type DossierCommandToDispatch } from '../shared/dispatch';
import type { ComiteEvent, ProgrammationArretee } from './comite.events';

/**
 * Turns the comité's one decision event into the dossier commands that record it in each dossier's stream:
 * for each dossier, its line votes and refusals first, then retenir / ne pas retenir / ajourner. The application
 * dispatches them in order; each carries causationId = the comité event's id and a commandId derived from it.
 * Other comité events call for nothing.
 */
export function dossierCommandsFromComite(
  event: RecordedEvent<ComiteEvent>,
  options: DispatchOptions & { regles?: RegleFinancement[] } = {},
): DossierCommandToDispatch[] {
  if (event.type !== 'ProgrammationArretee') return [];
  const data = event.data as ProgrammationArretee['data'];
  const tenant = event.metadata.tenantId;
  const effectiveAt = event.metadata.effectiveAt ?? data.date;
  const contexte = options.regles?.length ? { contexte: { regles: options.regles } } : {};
  return data.decisions.flatMap((decision) => {
    const { dossierId } = decision;
    const stream = dossierStream(tenant, dossierId);
    const metadata = (key: string) => derivedMetadata(event, `${dossierId}:${key}`, effectiveAt, options);
    const lignes: DossierCommand[] = decision.lignes.map((ligne) =>
      ligne.resultat === 'vote'
        ? {
            type: 'VoterFinancement',
            data: {
              dossierId,
              ligneId: ligne.ligneId,
              montant: ligne.montant ?? 0,
              comiteId: data.comiteId,
              ...(ligne.synthetique?.length ? { synthetique: ligne.synthetique } : {}),
              ...contexte,
            },
            metadata: metadata(`vote:${ligne.ligneId}`),
          }
        : {
            type: 'RefuserFinancement',
            data: { dossierId, ligneId: ligne.ligneId, comiteId: data.comiteId, ...(ligne.motif ? { motif: ligne.motif } : {}) },
            metadata: metadata(`refus:${ligne.ligneId}`),
          },
    );
    const motif = decision.motif ? { motif: decision.motif } : {};
    const issue: DossierCommand =
      decision.decision === 'retenu'
        ? { type: 'RetenirDossier', data: { dossierId, comiteId: data.comiteId }, metadata: metadata('retenir') }
        : decision.decision === 'non_retenu'
          ? { type: 'NePasRetenirDossier', data: { dossierId, comiteId: data.comiteId, ...motif }, metadata: metadata('non-retenir') }
          : {
              type: 'AjournerDossier',
              data: { dossierId, comiteId: data.comiteId, ...motif, ...(decision.anneeReport ? { anneeReport: decision.anneeReport } : {}) },
              metadata: metadata('ajourner'),
            };
    return [...lignes, issue].map((command) => ({ stream, command }));
  });
}
