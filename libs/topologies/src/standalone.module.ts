import { Module, type DynamicModule } from '@nestjs/common';
import { AuditModule } from '@cdv/application-audit';
import { ProgrammationModule } from '@cdv/application-programmation';
import { RapportModule } from '@cdv/application-rapport';
import { TerritoireModule } from '@cdv/application-territoire';
import { graphqlModule, JsonLogger, PlatformModule, WebModule, type PlatformConfig } from '@cdv/platform';

import { TENANTS_SEED, TerritoireSeeder } from '@cdv/demo-territoire';
import { ProgrammationSeeder } from '@cdv/demo-programmation';
import { DemoSeeder } from '@cdv/demo-rapport';

/** Embedded topology: every context, the projections and the GraphQL endpoint in one process. */
@Module({})
export class StandaloneModule {
  static forRoot(config: PlatformConfig, logger: JsonLogger): DynamicModule {
    return {
      module: StandaloneModule,
      imports: [
        PlatformModule.forRoot(config, logger),
        graphqlModule(config, logger, [TerritoireModule, ProgrammationModule, RapportModule, AuditModule]),
        TerritoireModule,
        ProgrammationModule,
        RapportModule,
        AuditModule,
        WebModule.forRoot(config, config.demo ? TENANTS_SEED : []),
      ],
      // the demo workspaces (libs/demo): only this topology seeds them (DEMO)
      providers: [TerritoireSeeder, ProgrammationSeeder, DemoSeeder],
    };
  }
}
