import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { identityFromClaims } from './claims';
import { AuthenticationError, type Identity } from './identity';

export interface TokenVerifier {
  verify(token: string): Promise<Identity>;
}

export type TokenVerifierConfig =
  { kind: 'local'; secret: string; issuer: string; audience: string } | { kind: 'jwks'; jwksUrl: string; issuer: string; audience: string };

/**
 * Verifies a bearer token: HS256 with the local secret (embedded mode), or RS/ES keys from an OIDC provider's
 * JWKS (ProConnect, Keycloak). Issuer, audience and expiry are always checked.
 */
export function createTokenVerifier(config: TokenVerifierConfig): TokenVerifier {
  const key: Uint8Array | JWTVerifyGetKey = config.kind === 'local' ? new TextEncoder().encode(config.secret) : createRemoteJWKSet(new URL(config.jwksUrl));
  const algorithms = config.kind === 'local' ? ['HS256'] : ['RS256', 'PS256', 'ES256', 'EdDSA'];
  return {
    async verify(token: string): Promise<Identity> {
      try {
        const { payload } =
          key instanceof Uint8Array
            ? await jwtVerify(token, key, { issuer: config.issuer, audience: config.audience, algorithms })
            : await jwtVerify(token, key, { issuer: config.issuer, audience: config.audience, algorithms });
        return identityFromClaims(payload);
      } catch (error) {
        throw new AuthenticationError(describe(error));
      }
    },
  };
}

function describe(error: unknown): string {
  if (error instanceof AuthenticationError) return error.message;
  if (error instanceof errors.JWTExpired) return 'token expired: get a new one';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'token signature is invalid';
  if (error instanceof errors.JWTClaimValidationFailed) return `token claim "${error.claim}" is invalid`;
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid || error instanceof errors.JOSEError) {
    return 'token is malformed or signed with an unexpected algorithm';
  }
  return 'token could not be verified';
}
