// An OpenID Connect provider for the browser tests (oidc-provider, the certified Node.js implementation), run in
// its own process: the package is ESM-only and Jest runs CommonJS. It plays ProConnect or Keycloak for the web
// application's Authorization Code + PKCE sign-in: a public client, its development login and consent pages, and
// JWT access tokens for the API (audience, `memberships` claim) signed with a key published at /jwks.
//
// argv[2]: JSON { clientId, audience, accounts: { [login]: memberships[] } }. It listens, prints one line, JSON
// { issuer } (the application under test is started with it), then reads one line, JSON { redirectUris } (the
// application's URLs, known once it listens), answers { ready: true } and serves. Stops when stdin closes.
import { createServer } from 'node:http';
import { createInterface } from 'node:readline';
import Provider from 'oidc-provider';

const { clientId, audience, accounts } = JSON.parse(process.argv[2]);
const RESOURCE = 'urn:cdv:api';

const server = createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;
process.stdout.write(`${JSON.stringify({ issuer })}\n`);
const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
const { redirectUris } = JSON.parse((await lines.next()).value);

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: clientId,
      token_endpoint_auth_method: 'none',
      application_type: 'web',
      redirect_uris: redirectUris,
      post_logout_redirect_uris: redirectUris,
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  cookies: { keys: ['oidc-test-cookie-key-0123456789abcdef'] },
  pkce: { required: () => true },
  claims: { openid: ['sub'], profile: ['name'], email: ['email'] },
  scopes: ['openid', 'profile', 'email', 'api'],
  async findAccount(_ctx, accountId) {
    if (!accounts[accountId]) return undefined;
    return { accountId, claims: async () => ({ sub: accountId, name: accountId, email: `${accountId}@example.org` }) };
  },
  features: {
    devInteractions: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => RESOURCE,
      useGrantedResource: () => true,
      getResourceServerInfo: () => ({ scope: 'api', audience, accessTokenFormat: 'jwt', accessTokenTTL: 3600, jwt: { sign: { alg: 'RS256' } } }),
    },
  },
  // what the platform reads from the token: the workspaces and roles of the person (docs/design.md §6)
  extraTokenClaims: async (_ctx, token) => (accounts[token.accountId] ? { memberships: accounts[token.accountId] } : undefined),
  ttl: { AccessToken: 3600, AuthorizationCode: 60, IdToken: 3600, Interaction: 600, Session: 3600, Grant: 3600 },
});
provider.on('server_error', (_ctx, error) => process.stderr.write(`oidc-provider: ${error.stack}\n`));

server.on('request', provider.callback());
process.stdout.write(`${JSON.stringify({ ready: true })}\n`);
process.stdin.on('end', () => server.close(() => process.exit(0)));
// the interface keeps reading: stdin's end (the test is over) stops the process
await lines.next();
server.close(() => process.exit(0));
