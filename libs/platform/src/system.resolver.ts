import { Directive, Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { Ctx, Permit, Public, READERS, type RequestContext } from '@cdv/tenancy';
import type { PlatformConfig } from './config';
import { PLATFORM_CONFIG } from './tokens';
import { APP_VERSION } from './version';
import { ReadinessService } from './health';

@ObjectType()
@Directive('@shareable')
export class Health {
  @Field()
  status: string;

  @Field(() => [HealthCheck])
  checks: HealthCheck[];
}

@ObjectType()
@Directive('@shareable')
export class HealthCheck {
  @Field()
  name: string;

  @Field()
  status: string;
}

@ObjectType()
@Directive('@shareable')
export class Version {
  @Field()
  version: string;

  @Field({ description: 'Which app answered: standalone, gateway, or a subgraph service.' })
  app: string;

  @Field()
  eventStore: string;

  @Field()
  readStore: string;
}

@ObjectType({ description: 'The caller as the API sees it in the requested workspace.' })
@Directive('@shareable')
export class Moi {
  @Field()
  userId: string;

  @Field()
  tenantId: string;

  @Field(() => [String])
  roles: string[];

  @Field(() => String, { nullable: true })
  organisationId: string | null;

  @Field(() => [String], { description: 'Every workspace this token gives access to.' })
  workspaces: string[];
}

/** Public probes over GraphQL, answered by every app (shareable across subgraphs). */
@Resolver()
export class SystemResolver {
  constructor(
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
    private readonly readiness: ReadinessService,
  ) {}

  @Query(() => Health)
  @Directive('@shareable')
  @Public()
  async health(): Promise<Health> {
    const report = await this.readiness.report();
    return { status: report.ready ? 'ok' : 'degraded', checks: Object.entries(report.checks).map(([name, status]) => ({ name, status })) };
  }

  @Query(() => Moi, { description: 'Who am I in this workspace (roles, organisation).' })
  @Directive('@shareable')
  @Permit(...READERS)
  moi(@Ctx() context: RequestContext): Moi {
    return {
      userId: context.identity.sub,
      tenantId: context.tenantId,
      roles: context.membership.roles,
      organisationId: context.membership.organisationId ?? null,
      workspaces: context.identity.memberships.map((membership) => membership.tenant),
    };
  }

  @Query(() => Version)
  @Directive('@shareable')
  @Public()
  version(): Version {
    return { version: APP_VERSION, app: this.config.app, eventStore: this.config.eventStore.kind, readStore: this.config.readStore.kind };
  }
}
