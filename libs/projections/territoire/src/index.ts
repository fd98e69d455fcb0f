// Read models of the territoire context: pure projections and the MongoDB query shapes beside them.
export * from './shared/events';
export * from './shared/geographie';
export * from './shared/recherche';
export * from './territoire.projection';
export * from './territoire.queries';
export * from './qpvs.projection';
export * from './qpvs.queries';
export * from './partenaires.projection';
export * from './partenaires.queries';
export * from './cadre-strategique.projection';
export * from './cadre-strategique.queries';
export * from './engagements.projection';
export * from './engagements.queries';
export * from './indicateurs.projection';
export * from './indicateurs.queries';
export * from './chiffres-declares.projection';
export * from './chiffres-declares.queries';

import { cadreStrategiqueProjection } from './cadre-strategique.projection';
import { chiffresDeclaresProjection } from './chiffres-declares.projection';
import { engagementsProjection } from './engagements.projection';
import { indicateursProjection } from './indicateurs.projection';
import { partenairesProjection } from './partenaires.projection';
import { qpvsProjection } from './qpvs.projection';
import { territoireProjection } from './territoire.projection';

/** Every read model of the context, for the projection runner. */
export const PROJECTIONS_TERRITOIRE = [
  territoireProjection,
  qpvsProjection,
  partenairesProjection,
  cadreStrategiqueProjection,
  engagementsProjection,
  indicateursProjection,
  chiffresDeclaresProjection,
] as const;
