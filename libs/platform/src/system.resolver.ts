import { Directive, Field, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { Ctx, Permit, Public, READERS, type RequestContext } from '@cdv/tenancy';
import type { PlatformConfig } from './config';
import { PLATFORM_CONFIG } from './tokens';
import { APP_VERSION } from './version';
import { ReadinessService } from './health';
import { ReadModelsService } from './read-side/read-models.service';

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

  @Field({ description: 'An admin of the platform’s own workspace (PLATFORM_TENANT), signed in there: may open workspaces.' })
  operateurPlateforme: boolean;
}

@ObjectType({ description: 'A read model and how far behind the event log it is.' })
@Directive('@shareable')
export class EtatProjection {
  @Field()
  name: string;

  @Field(() => Int)
  version: number;

  @Field({ description: 'idle, catching-up, live, retrying, stopped, poisoned, failed' })
  state: string;

  @Field(() => Int)
  checkpoint: number;

  @Field(() => Int)
  head: number;

  @Field(() => Int)
  eventsBehind: number;

  @Field(() => Number, { nullable: true })
  secondsBehind: number | null;

  @Field(() => String, { nullable: true, description: 'Why it stopped (poison event with its position, store error).' })
  problem: string | null;
}

/** Public probes over GraphQL, answered by every app (shareable across subgraphs). */
@Resolver()
export class SystemResolver {
  constructor(
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
    private readonly readiness: ReadinessService,
    private readonly readModels: ReadModelsService,
  ) {}

  @Query(() => [EtatProjection], { description: 'Read models and their lag behind the event log (operators, auditors).' })
  @Directive('@shareable')
  @Permit('admin', 'auditeur')
  projections(): Promise<EtatProjection[]> {
    return this.readModels.overview();
  }

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
      operateurPlateforme: estOperateurPlateforme(context, this.config),
    };
  }

  @Query(() => Version)
  @Directive('@shareable')
  @Public()
  version(): Version {
    return { version: APP_VERSION, app: this.config.app, eventStore: this.config.eventStore.kind, readStore: this.config.readStore.kind };
  }
}

/** A platform operator: an admin of the platform's own workspace, acting there (docs/adr/0030-platform-operators-open-workspaces.md). */
export function estOperateurPlateforme(context: Pick<RequestContext, 'tenantId' | 'membership'>, config: Pick<PlatformConfig, 'platformTenant'>): boolean {
  return context.tenantId === config.platformTenant && context.membership.roles.includes('admin');
}
