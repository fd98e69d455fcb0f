import { ForbiddenPipelineStage, mapPipelineCollections, pipelineCollections } from './pipeline-collections';

describe('pipeline collections', () => {
  const pipeline = [
    { $match: { a: 1 } },
    { $lookup: { from: 'porteurs', localField: 'p', foreignField: '_id', as: 'p', pipeline: [{ $lookup: { from: 'qpvs', as: 'q', pipeline: [] } }] } },
    { $unionWith: 'archives' },
    { $unionWith: { coll: 'anciens', pipeline: [{ $match: {} }] } },
    { $graphLookup: { from: 'partenaires', startWith: '$x', connectFromField: 'a', connectToField: 'b', as: 'g' } },
    { $facet: { f: [{ $lookup: { from: 'lignes', localField: 'l', foreignField: '_id', as: 'l' } }] } },
  ];

  it('finds every foreign collection, nested ones included', () => {
    expect(pipelineCollections(pipeline).sort()).toEqual(['anciens', 'archives', 'lignes', 'partenaires', 'porteurs', 'qpvs']);
  });

  it('renames them without touching the original', () => {
    const renamed = mapPipelineCollections(pipeline, (name) => `${name}_v2`);
    expect(pipelineCollections(renamed).sort()).toEqual(['anciens_v2', 'archives_v2', 'lignes_v2', 'partenaires_v2', 'porteurs_v2', 'qpvs_v2']);
    expect(pipelineCollections(pipeline)).toContain('porteurs');
  });

  it('refuses $out and $merge', () => {
    expect(() => pipelineCollections([{ $out: 'x' }])).toThrow(ForbiddenPipelineStage);
    expect(() => pipelineCollections([{ $lookup: { from: 'a', as: 'a', pipeline: [{ $merge: 'x' }] } }])).toThrow(ForbiddenPipelineStage);
  });
});
