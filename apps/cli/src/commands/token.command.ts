import { parseArgs } from 'node:util';
import { LocalTokenIssuer, USER_ROLES, type UserRole } from '@cdv/auth';
import { isTenantId } from '@cdv/eventsourcing';
import { authOf, loadPlatformConfig } from '@cdv/platform';
import { UsageError, type CliCommand } from '../cli-command';

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
    if (tenants.length === 0 || !tenants.every(isTenantId))
      throw new UsageError('--tenant is required (a workspace id such as cabbalr); repeat it for several');
    const roles = (values.role ?? '').split(',').filter(Boolean) as UserRole[];
    if (roles.length === 0 || !roles.every((role) => USER_ROLES.includes(role))) {
      throw new UsageError(`--role is required, among ${USER_ROLES.join(', ')}`);
    }
    const auth = authOf(loadPlatformConfig('cli', io.env));
    if (auth.kind !== 'local') throw new UsageError('AUTH_MODE=oidc: tokens come from your OIDC provider, not from this CLI');
    const issuer = new LocalTokenIssuer(auth.secret, auth.issuer, auth.audience);
    const sub = values.sub ?? `${roles[0]}@${tenants[0]}`;
    const token = await issuer.mint({
      sub,
      expiresIn: values.expires,
      memberships: tenants.map((tenant) => ({ tenant, roles, ...(values.organisation ? { organisationId: values.organisation } : {}) })),
    });
    io.out(`${token}\n`);
    io.err(
      `token for ${sub} (${roles.join(', ')}) on ${tenants.join(', ')}, valid ${values.expires}. Use it as:\n` +
        `  curl -s localhost:4000/graphql -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" -H 'x-tenant: ${tenants[0]}' \\\n` +
        `    -d '{"query":"{ version { version app } }"}'\n`,
    );
    return 0;
  },
};
