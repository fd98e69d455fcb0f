export * from './gateway.module';
export * from './standalone.module';
export * from './subgraph-services.module';
