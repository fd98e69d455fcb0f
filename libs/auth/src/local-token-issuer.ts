import { SignJWT } from 'jose';
import type { Membership } from './identity';

export interface MintTokenRequest {
  sub: string;
  name?: string;
  memberships: Membership[];
  /** e.g. "8h", "30d" (jose syntax) */
  expiresIn?: string;
}

/** The embedded mode's own issuer (HS256), used by `cli token` and by tests. Never used with OIDC. */
export class LocalTokenIssuer {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly issuer: string,
    private readonly audience: string,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  mint(request: MintTokenRequest): Promise<string> {
    return new SignJWT({ memberships: request.memberships, ...(request.name ? { name: request.name } : {}) })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(request.sub)
      .setIssuer(this.issuer)
      .setAudience(this.audience)
      .setIssuedAt()
      .setExpirationTime(request.expiresIn ?? '8h')
      .sign(this.key);
  }
}
