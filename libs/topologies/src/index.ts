export * from './gateway.module';
export * from './standalone.module';
export * from './subgraph-services.module';
export * from './security-matrix';
