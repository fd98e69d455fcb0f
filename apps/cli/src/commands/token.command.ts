import { parseArgs } from 'node:util';
import { LocalTokenIssuer, USER_ROLES, type UserRole } from '@cdv/auth';
import { isTenantId } from '@cdv/eventsourcing';
import { authOf, loadPlatformConfig } from '@cdv/platform';
import { UsageError, type CliCommand } from '../cli-command';

/** Roles that act for a partenaire: their token must name it (docs/design.md §6). */
const ACT_FOR_AN_ORGANISATION: UserRole[] = ['porteur', 'instructeur'];
const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

export const tokenCommand: CliCommand = {
  name: 'token',
  summary: 'Mint a development token for the local issuer (embedded mode)',
  usage: 'token --tenant <id> --role <role>[,<role>] [--organisation <partenaire id>] [--sub <user>] [--expires 8h]',
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: {
        tenant: { type: 'string', multiple: true },
        role: { type: 'string' },
        organisation: { type: 'string' },
        sub: { type: 'string' },
        expires: { type: 'string', default: '8h' },
      },
    });
    const tenants = values.tenant ?? [];
    if (tenants.length === 0) throw new UsageError('--tenant is required (a workspace id such as cabbalr); repeat it for several');
    const badTenant = tenants.find((tenant) => !isTenantId(tenant));
    if (badTenant !== undefined) {
      throw new UsageError(`--tenant "${badTenant}" is not a workspace id: lower-case letters, digits and dashes, e.g. cabbalr or grand-nancy`);
    }
    if (!values.role) throw new UsageError(`--role is required, among ${USER_ROLES.join(', ')} (several separated by commas)`);
    const roles = values.role.split(',').map((role) => role.trim()) as UserRole[];
    const unknown = roles.filter((role) => !USER_ROLES.includes(role));
    if (unknown.length > 0) throw new UsageError(`--role: ${unknown.map((role) => `"${role}"`).join(', ')} is not a role; use ${USER_ROLES.join(', ')}`);
    const needsOrganisation = roles.filter((role) => ACT_FOR_AN_ORGANISATION.includes(role));
    if (needsOrganisation.length > 0 && !values.organisation) {
      throw new UsageError(
        `--organisation is required with role ${needsOrganisation.join(', ')}: the id of the partenaire it acts for (e.g. --organisation etat for a State instructeur)`,
      );
    }
    const config = loadPlatformConfig('cli', io.env);
    const auth = authOf(config);
    if (auth.kind !== 'local') throw new UsageError('AUTH_MODE=oidc: tokens come from your OIDC provider, not from this CLI');
    const lifetime = seconds(values.expires);
    if (lifetime > auth.maxTokenAgeSeconds) {
      throw new UsageError(
        `--expires ${values.expires} is longer than the ${auth.maxTokenAgeSeconds / 60} minutes the apps accept (AUTH_TOKEN_MAX_AGE_MINUTES): the token would be refused before it expires`,
      );
    }
    const issuer = new LocalTokenIssuer(auth.secret, auth.issuer, auth.audience);
    const sub = values.sub ?? `${roles[0]}@${tenants[0]}`;
    const token = await issuer.mint({
      sub,
      expiresIn: `${lifetime}s`,
      memberships: tenants.map((tenant) => ({ tenant, roles, ...(values.organisation ? { organisationId: values.organisation } : {}) })),
    });
    io.out(`${token}\n`);
    io.err(
      `token for ${sub} (${roles.join(', ')}) on ${tenants.join(', ')}, valid ${values.expires}, signed with the secret of ${config.dataDir}. Use it as:\n` +
        `  curl -s localhost:${config.http.port}/graphql -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" -H 'x-tenant: ${tenants[0]}' \\\n` +
        `    -d '{"query":"{ moi { userId tenantId roles } }"}'\n`,
    );
    return 0;
  },
};

/** "30m", "8h", "1d", "3600s" → seconds. */
function seconds(duration: string): number {
  const match = /^(\d+)\s*([smhd])$/.exec(duration.trim());
  const value = match ? Number(match[1]) * UNITS[match[2]] : 0;
  if (!match || value <= 0) throw new UsageError(`--expires "${duration}" is not a duration: write it like 30m, 8h or 1d`);
  return value;
}
