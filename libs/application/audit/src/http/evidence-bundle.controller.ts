import type { IncomingMessage, ServerResponse } from 'node:http';
import { Controller, Get, Inject, Optional, Query, Req, Res } from '@nestjs/common';
import type { TokenVerifier, UserRole } from '@cdv/auth';
import type { DocumentStore, EventStore } from '@cdv/eventsourcing';
import { ApiError } from '@cdv/graphql-common';
import { DOCUMENT_STORE, JsonLogger, STORED_EVENT_STORE } from '@cdv/platform';
import { httpError, httpRequestContext, TOKEN_VERIFIER, type ApiRequest } from '@cdv/tenancy';
import { AuditQueryError } from '../services/audit-errors';
import { writeEvidence, type ExportEvidenceRequest } from '../services/evidence-export';

/** Who may take a workspace's events away (docs/security.md « HTTP endpoints »): auditors, and the admin. */
export const EVIDENCE_ROLES: readonly UserRole[] = ['admin', 'auditeur'];

type Requete = IncomingMessage & ApiRequest;

/**
 * `GET /audit/evidence-bundle[?year=YYYY | ?dossier=ID]` beside /graphql (docs/api.md « Evidence bundles »): the
 * evidence bundle `cli export-evidence` writes, streamed to the caller as it is produced, for the workspace its
 * token and X-Tenant name (verified as GraphQL verifies them). Refusals before the first line answer in the
 * GraphQL error shape with their status; a failure once the file is under way cuts it, so that no truncated
 * bundle passes for a whole one (it would not verify anyway: its header counts the lines).
 */
@Controller('audit')
export class EvidenceBundleController {
  constructor(
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
    // the events as stored: their hashes cover the stored bytes
    @Inject(STORED_EVENT_STORE) private readonly store: EventStore,
    private readonly logger: JsonLogger,
    @Optional() @Inject(DOCUMENT_STORE) private readonly documents?: DocumentStore,
  ) {}

  @Get('evidence-bundle')
  async telecharger(
    @Req() request: Requete,
    @Res() response: ServerResponse,
    @Query('year') year?: unknown,
    @Query('dossier') dossier?: unknown,
  ): Promise<void> {
    const started = Date.now();
    try {
      const context = await httpRequestContext(this.verifier, request, EVIDENCE_ROLES, 'evidence-bundle');
      const evidence: ExportEvidenceRequest = { tenant: context.tenantId, ...portee(year, dossier) };
      const scope = evidence.dossierId !== undefined ? `dossier-${evidence.dossierId}` : evidence.year !== undefined ? `annee-${evidence.year}` : 'tout';
      const stamp = new Date()
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
      const summary = await writeEvidence(
        this.store,
        evidence,
        async (line) => {
          // Headers go with the first line: a refusal found while choosing the streams is still a clean answer.
          if (!response.headersSent) {
            response.writeHead(200, {
              'content-type': 'application/x-ndjson; charset=utf-8',
              'content-disposition': `attachment; filename="evidence-${context.tenantId}-${scope}-${stamp}.jsonl"`,
              'cache-control': 'private, no-store',
              'x-content-type-options': 'nosniff',
            });
          }
          if (response.destroyed) throw new ClientGone();
          if (!response.write(`${line}\n`)) await drained(response);
        },
        this.documents ? { documents: { store: this.documents } } : {},
      );
      response.end();
      this.logger.event('info', 'evidence bundle sent', {
        tenant: context.tenantId,
        userId: context.identity.sub,
        role: context.role,
        scope,
        lines: summary.lines,
        ms: Date.now() - started,
        correlationId: context.correlationId,
      });
    } catch (error) {
      if (response.headersSent) {
        if (!(error instanceof ClientGone)) this.logger.event('error', 'evidence bundle interrupted', { error: (error as Error).message, url: request.url });
        response.destroy();
        return;
      }
      const answer = error instanceof AuditQueryError ? new ApiError(error.code, error.message, error.details) : error;
      const { status, body, internal } = httpError(answer);
      if (internal) this.logger.event('error', 'evidence bundle failed', { error: (error as Error).message, url: request.url });
      const text = JSON.stringify(body);
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store' });
      response.end(text);
    }
  }
}

/** The bundle's scope from the query string: a year, a dossier, or (neither) the whole workspace. */
function portee(year: unknown, dossier: unknown): Pick<ExportEvidenceRequest, 'year' | 'dossierId'> {
  if (year !== undefined && (typeof year !== 'string' || !/^\d{4}$/.test(year))) {
    throw new ApiError('VALIDATION_FAILED', 'year must be a year (four digits)', { field: 'year' });
  }
  if (dossier !== undefined && (typeof dossier !== 'string' || dossier.length > 200)) {
    throw new ApiError('VALIDATION_FAILED', 'dossier must be one dossier id', { field: 'dossier' });
  }
  return { ...(year !== undefined ? { year: Number(year) } : {}), ...(dossier !== undefined ? { dossierId: dossier } : {}) };
}

class ClientGone extends Error {}

function drained(response: ServerResponse): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      response.off('drain', done);
      response.off('close', gone);
      resolve();
    };
    const gone = () => {
      response.off('drain', done);
      reject(new ClientGone('the client went away'));
    };
    response.once('drain', done);
    response.once('close', gone);
  });
}
