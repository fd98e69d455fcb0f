import { BadRequestException, Body, Controller, Get, HttpCode, Inject, Optional, Post } from '@nestjs/common';
import { LocalTokenIssuer, USER_ROLES, type UserRole } from '@cdv/auth';
import { isTenantId } from '@cdv/eventsourcing';
import { authOf, type PlatformConfig } from '../config';
import type { ReadStore } from '@cdv/read-store';
import { PLATFORM_CONFIG, READ_STORE } from '../tokens';

/** Workspaces the local sign-in page proposes (the demo's); given by the topology that knows them. */
export const LOCAL_WORKSPACES = Symbol('LOCAL_WORKSPACES');

export interface WebAuthConfig {
  mode: 'local' | 'oidc';
  /** OIDC: the issuer (discovery at {issuer}/.well-known/openid-configuration), the client and the scope. */
  issuer?: string;
  clientId?: string;
  scope?: string;
}

/** What the web application needs to sign in, whatever the mode. Public: it holds no secret. */
@Controller('auth')
export class WebConfigController {
  constructor(@Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig) {}

  @Get('config')
  authConfig(): WebAuthConfig {
    const auth = authOf(this.config);
    if (auth.kind === 'local') return { mode: 'local' };
    return { mode: 'oidc', issuer: auth.issuer, clientId: this.config.web?.clientId ?? 'cdv-web', scope: 'openid profile email' };
  }
}

interface TokenRequest {
  tenant?: unknown;
  role?: unknown;
  organisationId?: unknown;
  expiresInSeconds?: unknown;
}

/**
 * The local sign-in of development and demo installs (AUTH_MODE=local): the same tokens as `cli token`, minted
 * for whoever asks. This controller is registered only in local mode (web.module.ts): with OIDC the route does
 * not exist (404).
 */
@Controller('auth/local')
export class LocalSignInController {
  private readonly issuer: LocalTokenIssuer;
  private readonly platformTenant: string;

  constructor(
    @Inject(PLATFORM_CONFIG) config: PlatformConfig,
    @Inject(LOCAL_WORKSPACES) private readonly workspaces: readonly string[],
    // where the app holds read models (standalone): the workspaces opened since, which no list names
    @Optional() @Inject(READ_STORE) private readonly readStore?: ReadStore,
  ) {
    const auth = authOf(config);
    if (auth.kind !== 'local') throw new Error('LocalSignInController needs AUTH_MODE=local');
    this.issuer = new LocalTokenIssuer(auth.secret, auth.issuer, auth.audience);
    this.platformTenant = config.platformTenant;
  }

  /** The demo's workspaces, those opened since, and the platform's own (its admins open workspaces). */
  @Get('options')
  async options(): Promise<{ workspaces: readonly string[]; roles: readonly UserRole[]; platformTenant: string }> {
    const ouverts = this.readStore ? (await this.readStore.tenants()).sort() : [];
    return { workspaces: [...new Set([...this.workspaces, ...ouverts, this.platformTenant])], roles: USER_ROLES, platformTenant: this.platformTenant };
  }

  @Post('token')
  @HttpCode(200)
  async token(@Body() body: TokenRequest): Promise<{ token: string; expiresAt: string }> {
    const { tenant, role, organisationId, expiresInSeconds } = body ?? {};
    if (typeof tenant !== 'string' || !isTenantId(tenant)) throw invalid('tenant', 'tenant must be a workspace id');
    if (typeof role !== 'string' || !USER_ROLES.includes(role as UserRole)) {
      throw invalid('role', `role must be one of ${USER_ROLES.join(', ')}`);
    }
    if (organisationId !== undefined && organisationId !== null && (typeof organisationId !== 'string' || !/^[\w.:-]{1,100}$/.test(organisationId))) {
      throw invalid('organisationId', 'organisationId must be a partenaire id');
    }
    const seconds = expiresInSeconds ?? 8 * 3600;
    if (typeof seconds !== 'number' || !Number.isInteger(seconds) || seconds < 1 || seconds > 24 * 3600) {
      throw invalid('expiresInSeconds', 'expiresInSeconds must be a whole number of seconds, at most 86400');
    }
    const token = await this.issuer.mint({
      sub: `${role}@${tenant}`,
      memberships: [{ tenant, roles: [role as UserRole], ...(organisationId ? { organisationId: organisationId as string } : {}) }],
      expiresIn: `${seconds}s`,
    });
    return { token, expiresAt: new Date(Date.now() + seconds * 1000).toISOString() };
  }
}

/** The API's error shape and code, on a plain HTTP route (400). */
function invalid(field: string, message: string): BadRequestException {
  return new BadRequestException({ errors: [{ message, extensions: { code: 'VALIDATION_FAILED', field } }] });
}
