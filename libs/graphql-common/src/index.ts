export * from './command-payload.type';
export * from './connection';
export * from './error-codes';
export * from './format-error';
export * from './query-limits';
export * from './scalars';
export * from './command-input';
