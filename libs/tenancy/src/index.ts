export * from './current-context.decorator';
export * from './graphql-auth.guard';
export * from './permit.decorator';
export * from './request-context';
export * from './resolve-tenant';
export * from './http-request-context';
