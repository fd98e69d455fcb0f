export * from './client-mistakes.plugin';
export * from './cost-limit.rule';
export * from './graphql-edge';
export * from './introspection-policy.plugin';
export * from './query-limits';
export * from './query-too-complex';
