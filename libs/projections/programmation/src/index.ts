// Programmation read models: pure projections and the query shapes that run over them (MongoDB, mingo, as-of).
export * from './text';
export * from './exact-sums';
export * from './dossier-list.projection';
export * from './dossier-list.queries';
export * from './dossier-detail.projection';
export * from './dossier-detail.queries';
export * from './appel.projection';
export * from './appel.queries';
export * from './comite.projection';
export * from './convention.projection';
export * from './programmation-summary.queries';
export * from './financeur-ledger.queries';
export * from './porteur.queries';
export * from './pieces.projection';
export * from './pieces.queries';

import { appelProjection } from './appel.projection';
import { comiteProjection } from './comite.projection';
import { conventionProjection } from './convention.projection';
import { dossierDetailProjection } from './dossier-detail.projection';
import { dossierListProjection } from './dossier-list.projection';
import { piecesProjection } from './pieces.projection';

/** Every programmation read model, for the projection runner. */
export const PROJECTIONS_PROGRAMMATION = [
  dossierListProjection,
  dossierDetailProjection,
  appelProjection,
  comiteProjection,
  conventionProjection,
  piecesProjection,
] as const;
