export * from './web-app.middleware';
export * from './web-auth.controller';
export * from './web.module';
