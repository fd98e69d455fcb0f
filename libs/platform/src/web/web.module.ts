import { Module, type DynamicModule } from '@nestjs/common';
import { authOf, type PlatformConfig } from '../config';
import { PLATFORM_CONFIG } from '../tokens';
import { LOCAL_WORKSPACES, LocalSignInController, WebConfigController } from './web-auth.controller';

/**
 * The routes the web application needs besides /graphql: its sign-in configuration, and in local auth mode only
 * the development sign-in (workspaces of the demo, tokens). The files themselves are served by
 * webAppMiddleware (bootstrap.ts). Imported by the apps that serve the web application: standalone and gateway.
 */
@Module({})
export class WebModule {
  static forRoot(config: PlatformConfig, workspaces: readonly string[]): DynamicModule {
    return {
      module: WebModule,
      controllers: authOf(config).kind === 'local' ? [WebConfigController, LocalSignInController] : [WebConfigController],
      providers: [
        { provide: PLATFORM_CONFIG, useValue: config },
        { provide: LOCAL_WORKSPACES, useValue: workspaces },
      ],
    };
  }
}
