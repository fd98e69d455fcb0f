export * from './standalone.module';
export * from './gateway.module';
