import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { identityFromClaims } from './claims';
import { AuthenticationError, type Identity } from './identity';

export interface TokenVerifier {
  verify(token: string): Promise<Identity>;
}

/** What every token must satisfy besides its signature: issuer, audience, and an age (AUTH_TOKEN_MAX_AGE_MINUTES). */
interface TokenRules {
  issuer: string;
  audience: string;
  /** Oldest token accepted, in seconds since its `iat`. */
  maxTokenAgeSeconds: number;
}

export type TokenVerifierConfig = ({ kind: 'local'; secret: string } | { kind: 'jwks'; jwksUrl: string }) & TokenRules;

/** Clocks of an OIDC provider and of our servers differ a little: tolerated on exp, nbf and iat. */
const CLOCK_TOLERANCE_SECONDS = 30;

/**
 * Verifies a bearer token: HS256 with the local secret (embedded mode), or RS/ES keys from an OIDC provider's
 * JWKS (ProConnect, Keycloak). Issuer, audience and expiry are always checked; a token must carry `exp` and
 * `iat` (one without would never expire) and be younger than the maximum age, whatever its `exp` says.
 */
export function createTokenVerifier(config: TokenVerifierConfig): TokenVerifier {
  const key: Uint8Array | JWTVerifyGetKey = config.kind === 'local' ? new TextEncoder().encode(config.secret) : createRemoteJWKSet(new URL(config.jwksUrl));
  const algorithms = config.kind === 'local' ? ['HS256'] : ['RS256', 'PS256', 'ES256', 'EdDSA'];
  const options = {
    issuer: config.issuer,
    audience: config.audience,
    algorithms,
    requiredClaims: ['exp', 'iat'],
    maxTokenAge: config.maxTokenAgeSeconds,
    clockTolerance: CLOCK_TOLERANCE_SECONDS,
  };
  return {
    async verify(token: string): Promise<Identity> {
      try {
        const { payload } = key instanceof Uint8Array ? await jwtVerify(token, key, options) : await jwtVerify(token, key, options);
        return identityFromClaims(payload);
      } catch (error) {
        throw new AuthenticationError(describe(error, config.maxTokenAgeSeconds));
      }
    },
  };
}

function describe(error: unknown, maxTokenAgeSeconds: number): string {
  if (error instanceof AuthenticationError) return error.message;
  const tooOld = `token was issued more than ${Math.round(maxTokenAgeSeconds / 60)} minutes ago (AUTH_TOKEN_MAX_AGE_MINUTES): get a new one`;
  if (error instanceof errors.JWTExpired) return error.claim === 'iat' ? tooOld : 'token expired: get a new one';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'token signature is invalid';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'exp' && error.reason === 'missing') return 'token has no expiry (exp): tokens must expire, get one that does';
    if (error.claim === 'iat' && error.reason === 'missing') return 'token has no issue time (iat): its age cannot be checked';
    if (error.claim === 'iat') return 'token is issued in the future (iat): check the issuer’s clock';
    return `token claim "${error.claim}" is invalid`;
  }
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid || error instanceof errors.JOSEError) {
    return 'token is malformed or signed with an unexpected algorithm';
  }
  return 'token could not be verified';
}
