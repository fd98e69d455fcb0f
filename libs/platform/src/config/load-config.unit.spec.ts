import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from './load-config';
import { loadPlatformConfig } from './platform-config';

describe('configuration', () => {
  const dataDir = () => mkdtempSync(join(tmpdir(), 'cdv-config-'));

  it('gives the embedded defaults', () => {
    const dir = dataDir();
    const config = loadPlatformConfig('standalone', { DATA_DIR: dir });
    expect(config.eventStore).toEqual({ kind: 'sqlite', file: join(dir, 'events.sqlite') });
    expect(config.readStore).toEqual({ kind: 'embedded' });
    expect(config.http.port).toBe(4000);
    expect(config.runProjections).toBe(true);
    expect(config.auth).toMatchObject({ kind: 'local', issuer: 'cdv-local', audience: 'cdv-api' });
  });

  it('gives the projector no token key, so it never writes under DATA_DIR (read-only in its image)', () => {
    // a DATA_DIR under a file cannot be created, even by root: any write there throws ENOTDIR
    const config = loadPlatformConfig('projector', {
      DATA_DIR: '/dev/null/data',
      EVENT_STORE: 'kurrentdb',
      KURRENTDB_URL: 'kurrentdb://k:2113',
      READ_STORE: 'mongodb',
      MONGODB_URL: 'mongodb://m/?replicaSet=rs0',
    });
    expect(config.auth).toBeNull();
    expect(() => loadPlatformConfig('standalone', { DATA_DIR: '/dev/null/data' })).toThrow(/ENOTDIR/);
  });

  it('generates the local signing secret once and reuses it', () => {
    const dir = dataDir();
    const first = loadPlatformConfig('standalone', { DATA_DIR: dir });
    const second = loadPlatformConfig('cli', { DATA_DIR: dir });
    expect(first.auth?.kind === 'local' && first.auth.secret).toBe(second.auth?.kind === 'local' && second.auth.secret);
    expect(readFileSync(join(dir, 'auth-secret'), 'utf8').trim()).toHaveLength(43);
  });

  it('reports every problem at once, each saying what to set', () => {
    try {
      loadPlatformConfig('programmation-service', { PORT: 'eighty', EVENT_STORE: 'kurrentdb', READ_STORE: 'mongodb', AUTH_MODE: 'oidc', LOG_LEVEL: 'chatty' });
      throw new Error('should have failed');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/PORT="eighty" is not a TCP port/);
      expect(problems).toMatch(/KURRENTDB_URL is required when EVENT_STORE=kurrentdb/);
      expect(problems).toMatch(/MONGODB_URL is required when READ_STORE=mongodb/);
      expect(problems).toMatch(/AUTH_JWKS_URL is required when AUTH_MODE=oidc/);
      expect(problems).toMatch(/LOG_LEVEL="chatty" must be one of debug, info, warn, error/);
      expect((error as Error).message).toMatch(/docs\/operations.md/);
    }
  });

  it('keeps documents under DATA_DIR/documents with a link secret generated once, and bounds uploads', () => {
    const dir = dataDir();
    const config = loadPlatformConfig('standalone', { DATA_DIR: dir, DOCUMENT_MAX_BYTES: '1000' });
    expect(config.documents).toMatchObject({ store: { kind: 'embedded', dir: join(dir, 'documents') }, maxBytes: 1000, maxBytesPerDossier: 209_715_200 });
    expect(readFileSync(join(dir, 'document-link-secret'), 'utf8').trim()).toBe(config.documents?.link.secret);
    expect(loadPlatformConfig('standalone', { DATA_DIR: dir }).documents?.link.secret).toBe(config.documents?.link.secret);
    expect(loadPlatformConfig('gateway', { DATA_DIR: dir }).documents).toBeNull();
  });

  it('wants MONGODB_URL for GridFS, and one link secret shared by the replicas of the programmation service', () => {
    expect(() => loadPlatformConfig('audit-service', { DATA_DIR: dataDir(), DOCUMENT_STORE: 'gridfs' })).toThrow(
      /MONGODB_URL is required when DOCUMENT_STORE=gridfs/,
    );
    expect(() => loadPlatformConfig('programmation-service', { DATA_DIR: dataDir() })).toThrow(/DOCUMENT_LINK_SECRET is required by programmation-service/);
    expect(() => loadPlatformConfig('standalone', { DATA_DIR: dataDir(), DOCUMENT_LINK_SECRET: 'short' })).toThrow(/DOCUMENT_LINK_SECRET must be at least 32/);
    expect(() => loadPlatformConfig('standalone', { DATA_DIR: dataDir(), DOCUMENT_MAX_BYTES: '3000000000' })).toThrow(/DOCUMENT_MAX_BYTES=3000000000 must be/);
  });

  it('refuses a short local secret', () => {
    expect(() => loadPlatformConfig('standalone', { AUTH_LOCAL_SECRET: 'short', DATA_DIR: dataDir() })).toThrow(/at least 32 characters/);
  });

  it('configures the distributed services', () => {
    const config = loadPlatformConfig('programmation-service', {
      EVENT_STORE: 'kurrentdb',
      KURRENTDB_URL: 'kurrentdb://a:2113,b:2113?tls=false',
      READ_STORE: 'mongodb',
      MONGODB_URL: 'mongodb://m1,m2/?replicaSet=rs0',
      AUTH_MODE: 'oidc',
      AUTH_ISSUER: 'https://sso.example.fr/realms/cdv',
      AUTH_JWKS_URL: 'https://sso.example.fr/realms/cdv/protocol/openid-connect/certs',
      DOCUMENT_STORE: 'gridfs',
      DOCUMENT_LINK_SECRET: 'a-shared-secret-of-32-characters-or-more',
    });
    expect(config.documents).toMatchObject({ store: { kind: 'gridfs', url: 'mongodb://m1,m2/?replicaSet=rs0' }, link: { ttlSeconds: 300 } });
    expect(config.eventStore).toEqual({ kind: 'kurrentdb', connectionString: 'kurrentdb://a:2113,b:2113?tls=false' });
    expect(config.readStore).toEqual({ kind: 'mongodb', url: 'mongodb://m1,m2/?replicaSet=rs0' });
    expect(config.auth).toMatchObject({ kind: 'jwks', issuer: 'https://sso.example.fr/realms/cdv' });
    expect(config.runProjections).toBe(false);
  });
});
