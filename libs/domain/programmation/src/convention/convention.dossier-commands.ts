import type { RecordedEvent } from '@cdv/eventsourcing';
import type { DossierCommand } from '../dossier/dossier.commands';
import { dossierStream } from '../dossier/dossier.stream';
import { derivedMetadata, type DispatchOptions, type DossierCommandToDispatch } from '../shared/dispatch';
import type { ConventionEvent, ConventionSignee, DossierRattacheAConvention, TrancheEngagee } from './convention.events';

/**
 * Signing a convention (or linking a later year's dossier to a CPO) moves each dossier to `conventionne`; engaging
 * a tranche engages the dossier's line. The application dispatches these commands, caused by the convention event.
 */
export function dossierCommandsFromConvention(event: RecordedEvent<ConventionEvent>, options: DispatchOptions = {}): DossierCommandToDispatch[] {
  const tenant = event.metadata.tenantId;
  const metadata = (dossierId: string, key: string) => derivedMetadata(event, `${dossierId}:${key}`, event.metadata.effectiveAt, options);
  const dispatch = (dossierId: string, command: DossierCommand): DossierCommandToDispatch => ({ stream: dossierStream(tenant, dossierId), command });
  switch (event.type) {
    case 'ConventionSignee': {
      const data = event.data as ConventionSignee['data'];
      return data.dossiers.map(({ dossierId }) =>
        dispatch(dossierId, {
          type: 'ConventionnerDossier',
          data: {
            dossierId,
            conventionId: data.conventionId,
            typeConvention: data.typeConvention,
            ...(data.numeroEngagementJuridique ? { numeroEngagementJuridique: data.numeroEngagementJuridique } : {}),
          },
          metadata: metadata(dossierId, 'conventionner'),
        }),
      );
    }
    case 'DossierRattacheAConvention': {
      const data = event.data as DossierRattacheAConvention['data'];
      return [
        dispatch(data.dossierId, {
          type: 'ConventionnerDossier',
          data: { dossierId: data.dossierId, conventionId: data.conventionId, typeConvention: 'pluriannuelle' },
          metadata: metadata(data.dossierId, 'conventionner'),
        }),
      ];
    }
    case 'TrancheEngagee': {
      const data = event.data as TrancheEngagee['data'];
      return [
        dispatch(data.dossierId, {
          type: 'EngagerFinancement',
          data: {
            dossierId: data.dossierId,
            ligneId: data.ligneId,
            montant: data.montant,
            conventionId: data.conventionId,
            ...(data.numeroEngagementJuridique ? { numeroEngagementJuridique: data.numeroEngagementJuridique } : {}),
            ...(data.synthetique?.length ? { synthetique: data.synthetique } : {}),
          },
          metadata: metadata(data.dossierId, `engager:${data.annee}:${data.ligneId}`),
        }),
      ];
    }
  }
}
