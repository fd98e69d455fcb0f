import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { AuditModule } from '@cdv/application-audit';
import { ProgrammationModule, ProgrammationReadModelsModule } from '@cdv/application-programmation';
import { RapportModule, RapportReadModelsModule } from '@cdv/application-rapport';
import { TerritoireModule, TerritoireReadModelsModule } from '@cdv/application-territoire';
import { graphqlModule, JsonLogger, PlatformModule, type PlatformConfig } from '@cdv/platform';

/** One Apollo Federation subgraph holding one context, or a few that read the same read models (distributed topology). */
function subgraph(module: Type<unknown>, ...contexts: Type<unknown>[]) {
  return (config: PlatformConfig, logger: JsonLogger): DynamicModule => ({
    module,
    imports: [PlatformModule.forRoot(config, logger), graphqlModule(config, logger, contexts), ...contexts],
  });
}

@Module({})
export class TerritoireServiceModule {
  static forRoot = subgraph(TerritoireServiceModule, TerritoireModule);
}

@Module({})
export class ProgrammationServiceModule {
  // The rapport annuel is assembled from the programmation and territoire read models this service already runs
  // (docs/adr/0028-rapport-annuel-servi-par-le-service-programmation.md).
  static forRoot = subgraph(ProgrammationServiceModule, ProgrammationModule, RapportModule);
}

@Module({})
export class AuditServiceModule {
  static forRoot = subgraph(AuditServiceModule, AuditModule);
}

/** Runs every read model's projection runner (RUN_PROJECTIONS), with health and metrics; no GraphQL. */
@Module({})
export class ProjectorModule {
  static forRoot(config: PlatformConfig, logger: JsonLogger): DynamicModule {
    return {
      module: ProjectorModule,
      imports: [PlatformModule.forRoot(config, logger), TerritoireReadModelsModule, ProgrammationReadModelsModule, RapportReadModelsModule],
    };
  }
}
