import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

interface WebRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
}
interface WebResponse {
  setHeader(name: string, value: string): void;
  statusCode: number;
  end(body?: string): void;
}

/** Paths the API owns: never answered by the web application, whatever the method or the Accept header. */
const API_PREFIXES = ['/graphql', '/health', '/metrics', '/auth', '/audit', '/imports', '/exports', '/documents', '/open-data'];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves the built web application (apps/web, docs/design.md §11) from `dir`: its files as they are (hashed assets
 * cached for a year), and index.html for any other GET that asks for a page, so that every screen's URL can be
 * opened, reloaded and shared (history-API routing). `/graphql`, `/health/*`, `/metrics`, `/auth/*` and `/audit/*` are
 * left to the API. `connectSrc` names the extra origins the page may call (the OIDC issuer).
 */
export function webAppMiddleware(dir: string, connectSrc: string[] = []) {
  const root = normalize(dir + sep);
  const index = join(root, 'index.html');
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    // Mantine sets style attributes at run time
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self' ${connectSrc.join(' ')}`.trim(),
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');

  return (request: WebRequest, response: WebResponse, next: () => void) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || API_PREFIXES.some((prefix) => isUnder(request.path, prefix))) return next();
    const file = resolveFile(root, request.path);
    if (file) return send(request, response, file, csp);
    const accept = String(request.headers['accept'] ?? '');
    // A missing asset is a 404 (a stale page asking for an old bundle must fail, not receive HTML).
    if (extname(request.path) !== '' || !accept.includes('text/html') || !existsSync(index)) return next();
    return send(request, response, index, csp);
  };
}

function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

/** The file a path names inside root, or null (directories, traversal attempts, missing files). */
function resolveFile(root: string, path: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const candidate = normalize(join(root, decoded));
  if (!candidate.startsWith(root)) return null;
  try {
    return statSync(candidate).isFile() ? candidate : null;
  } catch {
    return null;
  }
}

function send(request: WebRequest, response: WebResponse, file: string, csp: string): void {
  const extension = extname(file);
  response.statusCode = 200;
  response.setHeader('content-type', TYPES[extension] ?? 'application/octet-stream');
  response.setHeader('x-content-type-options', 'nosniff');
  response.setHeader('referrer-policy', 'same-origin');
  if (extension === '.html') {
    response.setHeader('cache-control', 'no-cache');
    response.setHeader('content-security-policy', csp);
  } else {
    // Vite names built assets by content hash: they never change under the same name.
    response.setHeader('cache-control', file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
  }
  if (request.method === 'HEAD') return response.end();
  createReadStream(file).pipe(response as unknown as NodeJS.WritableStream);
}
