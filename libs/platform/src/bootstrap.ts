import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { uuidv7 } from '@cdv/eventsourcing';
import { authOf, type PlatformConfig } from './config';
import { JsonLogger } from './logger';
import { webAppMiddleware } from './web/web-app.middleware';

interface HttpRequest {
  headers: Record<string, string | string[] | undefined>;
  correlationId?: string;
}
interface HttpResponse {
  setHeader(name: string, value: string): void;
  status(code: number): { json(body: unknown): void };
}

/**
 * Body-parser failures happen before GraphQL sees the request: answer them in the GraphQL error shape with
 * our codes, instead of Express's HTML page.
 */
function bodyErrors(limit: number) {
  return (error: { type?: string } | undefined, _request: HttpRequest, response: HttpResponse, next: (error?: unknown) => void) => {
    if (error?.type === 'entity.too.large') {
      response.status(413).json({ errors: [{ message: `request body exceeds ${limit} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE', limit } }] });
    } else if (error?.type === 'entity.parse.failed' || error?.type === 'encoding.unsupported' || error?.type === 'charset.unsupported') {
      response.status(400).json({ errors: [{ message: 'request body is not valid JSON', extensions: { code: 'VALIDATION_FAILED', field: 'body' } }] });
    } else {
      next(error);
    }
  };
}

/** A correlation id is written in the logs and, forever, in the events' metadata: a short token, nothing else. */
const CORRELATION_ID = /^[A-Za-z0-9._:@/+=-]{1,128}$/;

/**
 * The caller's X-Correlation-Id, or a new one; one that does not fit is refused before anything reads it
 * (issue 12, item 8), in the GraphQL error shape.
 */
function correlationIds(request: HttpRequest, response: HttpResponse, next: () => void): void {
  const given = request.headers['x-correlation-id'];
  const value = Array.isArray(given) ? given.join(', ') : given;
  if (value !== undefined && !CORRELATION_ID.test(value)) {
    response.status(400).json({
      errors: [
        {
          message: 'X-Correlation-Id must be 1 to 128 letters, digits or . _ : @ / + = - (a UUID fits); leave it out to get one',
          extensions: { code: 'VALIDATION_FAILED', field: 'X-Correlation-Id' },
        },
      ],
    });
    return;
  }
  request.correlationId = value ?? uuidv7();
  response.setHeader('x-correlation-id', request.correlationId);
  next();
}

/**
 * Creates and configures an API app (body size limit, CORS, correlation ids, graceful shutdown) without
 * listening, so tests can listen on port 0.
 */
export async function createApiApp(module: Type<unknown> | DynamicModule, config: PlatformConfig, logger: JsonLogger): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(module, { logger, bodyParser: false, abortOnError: false });
  app.useBodyParser('json', { limit: config.http.maxRequestBytes });
  app.use(bodyErrors(config.http.maxRequestBytes));
  app.enableCors({
    origin: config.http.corsOrigins.length > 0 ? config.http.corsOrigins : false,
    credentials: true,
    allowedHeaders: ['content-type', 'authorization', 'x-tenant', 'x-correlation-id', 'x-read-after', 'apollo-require-preflight'],
    exposedHeaders: ['x-correlation-id', 'x-write-position'],
  });
  app.use(correlationIds);
  // The browser application (docs/design.md §11), where it is served: before Nest's routes, which it leaves alone.
  if (config.web) {
    const auth = authOf(config);
    const oidcOrigin = auth.kind === 'jwks' ? [originOf(auth.issuer)].filter((origin): origin is string => origin !== null) : [];
    app.use(webAppMiddleware(config.web.dir, oidcOrigin));
    if (!existsSync(join(config.web.dir, 'index.html'))) {
      logger.event('warn', 'web application not built: run `npm run build` to serve it at /', { webDir: config.web.dir });
    }
  }
  app.enableShutdownHooks();
  return app;
}

export async function listen(app: INestApplication, config: PlatformConfig, logger: JsonLogger): Promise<string> {
  await app.listen(config.http.port, config.http.host);
  const url = (await app.getUrl()).replace('[::1]', 'localhost').replace('0.0.0.0', 'localhost');
  logger.event('info', `${config.app} listening`, { url: `${url}/graphql` });
  return url;
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
