export * from './claims';
export * from './identity';
export * from './local-token-issuer';
export * from './token-verifier';
