import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { reponseErreur } from '@cdv/exports';
import { ApiError } from '@cdv/graphql-common';
import { JsonLogger, PLATFORM_CONFIG, type PlatformConfig } from '@cdv/platform';

interface ProxyRequest {
  headers: Record<string, string | string[] | undefined>;
  correlationId?: string;
}
interface ProxyResponse {
  status(code: number): ProxyResponse;
  json(body: unknown): void;
}

/** What the client sends that the service needs to check it again (the token, never a bare tenant claim). */
const TRANSMIS = ['authorization', 'x-tenant', 'x-correlation-id'];

/**
 * `GET /exports` at the gateway: the catalogue of every export, merged from the services that serve them (the files
 * themselves stream through http-proxy.ts, routed in gateway.module.ts).
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

  private entetes(request: ProxyRequest): Record<string, string> {
    const entetes: Record<string, string> = {};
    for (const nom of TRANSMIS) {
      const valeur = request.headers[nom];
      if (typeof valeur === 'string') entetes[nom] = valeur;
    }
    if (request.correlationId) entetes['x-correlation-id'] = request.correlationId;
    return entetes;
  }

  private echec(response: ProxyResponse, error: unknown): void {
    this.logger.event('error', 'export proxy failed', { error: (error as Error).message });
    const { status, body } = reponseErreur(new ApiError('INTERNAL_SERVER_ERROR', 'the service holding this data did not answer'));
    response.status(status === 500 ? 502 : status).json(body);
  }
}
