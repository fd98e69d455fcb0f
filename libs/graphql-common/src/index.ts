export * from './command-payload.type';
export * from './connection';
export * from './error-codes';
export * from './format-error';
export * from './edge';
export * from './scalars';
export * from './command-input';
export * from './ids';
