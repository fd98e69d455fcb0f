export * from './command-handler.factory';
export * from './decisions.service';
export * from './sans-null';
