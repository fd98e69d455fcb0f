import { resolve } from 'node:path';
import type { PlatformConfig } from '@cdv/platform';

/** A value as a shell word: left bare when it needs no quoting, else single-quoted. */
function shellWord(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * What `npm start` prints once the app listens: where it is, and commands that work when pasted in another
 * terminal of the same folder (issue 12, item 7): the token command names the DATA_DIR whose secret signs the
 * tokens this app accepts (and the port, for its hints) when they are not the defaults, and the curl line the
 * app's real address.
 */
export function startBanner(config: PlatformConfig, url: string, demo: string[], env: Record<string, string | undefined>): string {
  const tenant = demo.includes('cabbalr') ? 'cabbalr' : (demo[0] ?? '<workspace>');
  const cliEnv = [
    ...(config.dataDir !== resolve('./data') ? [`DATA_DIR=${shellWord(config.dataDir)}`] : []),
    ...(config.http.port !== 4000 ? [`PORT=${config.http.port}`] : []),
    ...['AUTH_ISSUER', 'AUTH_AUDIENCE', 'AUTH_TOKEN_MAX_AGE_MINUTES'].filter((name) => env[name]).map((name) => `${name}=${shellWord(env[name] as string)}`),
  ];
  const token = `TOKEN=$(${[...cliEnv, 'npm run --silent cli -- token'].join(' ')} --tenant ${tenant} --role agent)`;
  const curl = `curl -s ${url}/graphql -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" -H 'x-tenant: ${tenant}' -d '{"query":"{ moi { userId tenantId roles } territoire { nom } }"}'`;
  return [
    '',
    `  Contrat de ville platform (embedded) — GraphQL at ${url}/graphql`,
    `  Event store: ${config.eventStore.kind === 'sqlite' ? config.eventStore.file : config.eventStore.kind}`,
    demo.length > 0 ? `  Demo workspaces: ${demo.join(', ')} (the CABBALR 2019 programmation is in "cabbalr")` : '  No demo (DEMO=false)',
    '  Get a token, in another terminal of this folder:',
    `    ${token}`,
    ...(config.auth?.kind === 'local' && env.AUTH_LOCAL_SECRET ? ['    (with the same AUTH_LOCAL_SECRET in its environment)'] : []),
    '  Then call the API with it:',
    `    ${curl}`,
    '',
  ].join('\n');
}
