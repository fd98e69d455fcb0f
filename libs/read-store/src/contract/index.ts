// The read-store contract suite and its MongoDB harness: test code, imported by specs only through
// `@cdv/read-store/contract` (never from the production barrel; tools/build.js leaves contract/ out of dist).
export * from './mongodb-contract-harness';
export * from './read-store.contract';
