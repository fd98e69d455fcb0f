import type { Writable } from 'node:stream';
import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import type { TokenVerifier } from '@cdv/auth';
import { ApiError } from '@cdv/graphql-common';
import { JsonLogger, ReadModelsService } from '@cdv/platform';
import { authenticateRequest, grantingRole, TOKEN_VERIFIER, type ApiRequest } from '@cdv/tenancy';
import { FORMATS_EXPORT, type FormatExport } from './definition';
import { preparerExport } from './executer-export';
import { ExportRegistry } from './export-registry';
import { ExportInterrompu } from './formats/tableau';
import { reponseErreur } from './http-errors';
import type { Query } from './requete';

interface HttpRequest extends ApiRequest {
  query: Query;
}
interface HttpResponse extends Writable {
  headersSent: boolean;
  status(code: number): HttpResponse;
  setHeader(name: string, value: string): void;
  json(body: unknown): void;
}

/**
 * `GET /exports/{export}.{csv|xlsx}` beside `/graphql` (docs/exports.md): the same bearer token and `X-Tenant`
 * as the GraphQL query the export mirrors, verified by the same code (`authenticateRequest`), the same roles, a
 * porteur's view limited to its organisation. Refusals answer in the GraphQL error shape with an HTTP status;
 * the file is streamed from the read store. `GET /exports` lists the exports and their columns.
 */
@Controller('exports')
export class ExportsController {
  constructor(
    private readonly registry: ExportRegistry,
    private readonly readModels: ReadModelsService,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
    private readonly logger: JsonLogger,
  ) {}

  /** The catalogue: exports, roles, parameters and columns (no data: public, like the schema's introspection). */
  @Get()
  catalogue(@Res() response: HttpResponse): void {
    response.setHeader('cache-control', 'no-cache');
    response.status(200).json(this.registry.catalogue());
  }

  @Get(':fichier')
  async exporter(@Param('fichier') fichier: string, @Req() request: HttpRequest, @Res() response: HttpResponse): Promise<void> {
    const started = Date.now();
    let journal: Record<string, unknown> = { fichier: fichier.slice(0, 80) };
    try {
      const match = /^([a-z][a-z-]{0,40})\.([a-z]{1,5})$/.exec(fichier);
      const definition = match ? this.registry.trouver(match[1]) : null;
      if (!match || !definition) {
        throw new ApiError(
          'NOT_FOUND',
          `no export "${fichier.slice(0, 80)}": ask for one of ${this.registry
            .noms()
            .map((nom) => `${nom}.csv`)
            .join(', ')} (or .xlsx)`,
          {
            what: 'Export',
            known: this.registry.noms(),
          },
        );
      }
      const format = match[2] as FormatExport;
      if (!FORMATS_EXPORT.includes(format))
        throw new ApiError('VALIDATION_FAILED', `format "${match[2]}" is not one of ${FORMATS_EXPORT.join(', ')}`, { field: 'format' });

      const authentication = await authenticateRequest(this.verifier, request);
      if (!authentication.ok) throw authentication.error;
      const { membership, tenantId, identity, correlationId } = authentication.context;
      const role = grantingRole(membership, definition.roles);
      if (!role) {
        throw new ApiError('FORBIDDEN', `export ${definition.nom} is not allowed for role ${membership.roles.join(', ')}`, { permitted: definition.roles });
      }
      const porteurId = role === 'porteur' ? (membership.organisationId ?? null) : null;
      if (role === 'porteur' && !porteurId) throw new ApiError('FORBIDDEN', 'this porteur token names no organisation: it can see no dossier');
      journal = { ...journal, tenant: tenantId, export: definition.nom, format, userId: identity.sub, role, correlationId };

      const pret = await preparerExport(definition, format, request.query, { tenantId, role, porteurId }, (point) => this.readModels.at(tenantId, point));
      response.status(200);
      response.setHeader('content-type', pret.typeDeContenu);
      response.setHeader('content-disposition', `attachment; filename="${pret.nomFichier}"`);
      response.setHeader('cache-control', 'no-store');
      response.setHeader('x-content-type-options', 'nosniff');
      const lignes = await pret.ecrire(response);
      this.logger.event('info', 'export written', { ...journal, rows: lignes, ms: Date.now() - started });
    } catch (error) {
      if (response.headersSent) {
        // The file is under way: the only honest signal left is to cut it, so that no one takes it as complete.
        this.logger.event(error instanceof ExportInterrompu ? 'info' : 'error', 'export interrupted', { ...journal, error: (error as Error).message });
        response.destroy();
        return;
      }
      const { status, body } = reponseErreur(error);
      if (status === 500) this.logger.event('error', 'export failed', { ...journal, error: (error as Error).message, stack: (error as Error).stack });
      response.status(status).json(body);
    }
  }
}
