/**
 * GraphQL documents a hostile caller sends (issue 12, items 1–2), for the limit tests of the rules
 * (libs/graphql-common) and of the running apps (test/e2e). They only use fields of the real schema.
 */
export const hostile = {
  /** `{ ...F0 }` where each fragment spreads the next twice: 2^levels copies of `version` once expanded. */
  flatFragmentChain(levels: number): string {
    const chain = Array.from({ length: levels }, (_, level) => `fragment F${level} on Query{...F${level + 1} ...F${level + 1}}`);
    return [`{...F0}`, ...chain, `fragment F${levels} on Query{version{app}}`].join('\n');
  },

  /** The same doubling, one level deeper each time, through a partenaire's recursive fields. */
  nestedFragmentChain(levels: number): string {
    const chain = Array.from(
      { length: levels },
      (_, level) => `fragment P${level} on Partenaire{associationPorteuse{...P${level + 1}} conseilsPortes{...P${level + 1}}}`,
    );
    return [`{partenaire(id:"x"){...P0}}`, ...chain, `fragment P${levels} on Partenaire{id}`].join('\n');
  },

  /** `count` aliases of the whole schema's types and fields. */
  aliasedSchemas(count: number): string {
    return `{ ${Array.from({ length: count }, (_, index) => `s${index}: __schema { types { name fields { name } } }`).join(' ')} }`;
  },
};
