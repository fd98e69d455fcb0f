// Rapport annuel read side: the report's life cycle and the EPCI's funds as read models, the query shapes the
// report reads, and the pure assembly of every block of the report (docs/domain/rapport-annuel.md).
export * from './rapport-annuel.types';
export * from './regles-rapport';
export * from './rapport.projection';
export * from './dispositifs.projection';
export * from './rapport.queries';
export * from './projections-du-rapport';
export * from './programmation-rapport';
export * from './referentiel-rapport';
export * from './dispositifs-rapport';
export * from './comparaisons-rapport';
export * from './assembler-rapport';
export * from './document-rapport';

import { dispositifsProjection } from './dispositifs.projection';
import { rapportProjection } from './rapport.projection';

/** Every read model of the context, for the projection runner. */
export const PROJECTIONS_RAPPORT = [rapportProjection, dispositifsProjection] as const;
