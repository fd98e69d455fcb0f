import type { PipelineStage } from './read-store.port';

/**
 * Aggregation stages that name other collections. Both adapters resolve those names through the tenant's
 * active-version pointers (`dossiers` → `dossiers_v2`), mingo through its collectionResolver and MongoDB by
 * rewriting the pipeline, so a `$lookup` written against read-model names runs unchanged everywhere.
 */

export class ForbiddenPipelineStage extends Error {
  override readonly name = 'ForbiddenPipelineStage';
}

/** Names of the collections a pipeline reads besides its input (`$lookup`, `$graphLookup`, `$unionWith`, nested). */
export function pipelineCollections(pipeline: readonly PipelineStage[]): string[] {
  const names = new Set<string>();
  mapPipelineCollections(pipeline, (name) => {
    names.add(name);
    return name;
  });
  return [...names];
}

/**
 * Copies the pipeline with every foreign collection name passed through `rename`. Refuses `$out` and `$merge`:
 * read models are written by projections only, never by a query.
 */
export function mapPipelineCollections(pipeline: readonly PipelineStage[], rename: (name: string) => string): PipelineStage[] {
  return pipeline.map((stage) => mapStage(stage, rename));
}

function mapStage(stage: PipelineStage, rename: (name: string) => string): PipelineStage {
  const out: PipelineStage = { ...stage };
  for (const [operator, spec] of Object.entries(stage)) {
    if (operator === '$out' || operator === '$merge') {
      throw new ForbiddenPipelineStage(`${operator} is not allowed in a read-model query: read models are written by projections only`);
    }
    if (!isRecord(spec) && !(operator === '$unionWith' && typeof spec === 'string')) continue;
    if (operator === '$lookup' || operator === '$graphLookup') {
      const lookup = { ...(spec as Record<string, unknown>) };
      if (typeof lookup.from === 'string') lookup.from = rename(lookup.from);
      if (Array.isArray(lookup.pipeline)) lookup.pipeline = mapPipelineCollections(lookup.pipeline as PipelineStage[], rename);
      out[operator] = lookup;
    } else if (operator === '$unionWith') {
      if (typeof spec === 'string') {
        out[operator] = rename(spec);
      } else {
        const union = { ...(spec as Record<string, unknown>) };
        if (typeof union.coll === 'string') union.coll = rename(union.coll);
        if (Array.isArray(union.pipeline)) union.pipeline = mapPipelineCollections(union.pipeline as PipelineStage[], rename);
        out[operator] = union;
      }
    } else if (operator === '$facet') {
      out[operator] = Object.fromEntries(
        Object.entries(spec as Record<string, unknown>).map(([facet, sub]) => [
          facet,
          Array.isArray(sub) ? mapPipelineCollections(sub as PipelineStage[], rename) : sub,
        ]),
      );
    }
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
