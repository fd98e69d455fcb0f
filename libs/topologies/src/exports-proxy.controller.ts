import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import { reponseErreur } from '@cdv/exports';
import { ApiError } from '@cdv/graphql-common';
import { JsonLogger, PLATFORM_CONFIG, type PlatformConfig } from '@cdv/platform';

interface ProxyRequest {
  headers: Record<string, string | string[] | undefined>;
  url: string;
  correlationId?: string;
  on(event: 'close', listener: () => void): void;
}
interface ProxyResponse extends NodeJS.WritableStream {
  headersSent: boolean;
  writableFinished: boolean;
  status(code: number): ProxyResponse;
  setHeader(name: string, value: string): void;
  json(body: unknown): void;
  destroy(): void;
}

/** What the client sends that the service needs to check it again (the token, never a bare tenant claim). */
const TRANSMIS = ['authorization', 'x-tenant', 'x-correlation-id'];
/** What the service answers that the client needs (type, file name, caching). */
const RENDUS = ['content-type', 'content-disposition', 'cache-control', 'x-content-type-options'];
/** The exports each service serves; the others are the programmation's. */
const EXPORTS_AUDIT = new Set(['journal']);

/**
 * The distributed topology's front door for the HTTP endpoints beside /graphql (docs/exports.md): `/exports/…`
 * and `/open-data/…` are forwarded to the service that holds the data (the programmation service, the audit
 * service for the journal), with the caller's token; the service checks everything again and streams the file,
 * which is piped through. `GET /exports` merges the services' catalogues.
 */
@Controller()
export class ExportsProxyController {
  constructor(
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
    private readonly logger: JsonLogger,
  ) {}

  @Get('exports')
  async catalogue(@Req() request: ProxyRequest, @Res() response: ProxyResponse): Promise<void> {
    try {
      const reponses = await Promise.all(
        [this.config.subgraphs.programmation, this.config.subgraphs.audit].map(async (service) => {
          const reponse = await fetch(`${new URL(service).origin}/exports`, { headers: this.entetes(request) });
          if (!reponse.ok) throw new Error(`${service}: /exports answered ${reponse.status}`);
          return (await reponse.json()) as { formats: unknown; parametresCommuns: unknown; exports: Array<{ nom: string }> };
        }),
      );
      const exports = reponses.flatMap((reponse) => reponse.exports).sort((a, b) => a.nom.localeCompare(b.nom));
      response.status(200).json({ ...reponses[0], exports });
    } catch (error) {
      this.echec(response, error);
    }
  }

  @Get('exports/:fichier')
  exporter(@Param('fichier') fichier: string, @Req() request: ProxyRequest, @Res() response: ProxyResponse): Promise<void> {
    const service = EXPORTS_AUDIT.has(fichier.replace(/\.[a-z]+$/, '')) ? this.config.subgraphs.audit : this.config.subgraphs.programmation;
    return this.transmettre(service, request, response);
  }

  @Get('open-data/:tenant/subventions')
  catalogueOpenData(@Req() request: ProxyRequest, @Res() response: ProxyResponse): Promise<void> {
    return this.transmettre(this.config.subgraphs.programmation, request, response);
  }

  @Get('open-data/:tenant/subventions/:attribuant/:fichier')
  openData(@Req() request: ProxyRequest, @Res() response: ProxyResponse): Promise<void> {
    return this.transmettre(this.config.subgraphs.programmation, request, response);
  }

  private entetes(request: ProxyRequest): Record<string, string> {
    const entetes: Record<string, string> = {};
    for (const nom of TRANSMIS) {
      const valeur = request.headers[nom];
      if (typeof valeur === 'string') entetes[nom] = valeur;
    }
    if (request.correlationId) entetes['x-correlation-id'] = request.correlationId;
    return entetes;
  }

  /** The same path and query on the service, its status, headers and body streamed back; stopped if the client leaves. */
  private async transmettre(service: string, request: ProxyRequest, response: ProxyResponse): Promise<void> {
    const abandon = new AbortController();
    request.on('close', () => {
      if (!response.writableFinished) abandon.abort();
    });
    try {
      const reponse = await fetch(`${new URL(service).origin}${request.url}`, { headers: this.entetes(request), signal: abandon.signal, redirect: 'manual' });
      response.status(reponse.status);
      for (const nom of RENDUS) {
        const valeur = reponse.headers.get(nom);
        if (valeur) response.setHeader(nom, valeur);
      }
      if (!reponse.body) {
        response.end();
        return;
      }
      const corps = Readable.fromWeb(reponse.body as unknown as WebReadableStream);
      await new Promise<void>((resolve, reject) => {
        corps.on('error', reject);
        response.on('error', reject);
        response.on('finish', () => resolve());
        corps.pipe(response);
      });
    } catch (error) {
      if (response.headersSent) {
        // the service cut the file (or the client left): cut it here too, never pass it off as complete
        response.destroy();
        return;
      }
      this.echec(response, error);
    }
  }

  private echec(response: ProxyResponse, error: unknown): void {
    this.logger.event('error', 'export proxy failed', { error: (error as Error).message });
    const { status, body } = reponseErreur(new ApiError('INTERNAL_SERVER_ERROR', 'the service holding this data did not answer'));
    response.status(status === 500 ? 502 : status).json(body);
  }
}
