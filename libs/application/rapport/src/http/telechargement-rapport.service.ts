import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Inject, Injectable } from '@nestjs/common';
import type { TokenVerifier } from '@cdv/auth';
import { parseInstant } from '@cdv/eventsourcing';
import { ApiError } from '@cdv/graphql-common';
import { contentDisposition, ENTETES_SURS, envoyerErreur, JsonLogger } from '@cdv/platform';
import type { DocumentRapport } from '@cdv/projections-rapport';
import { rendreDocx, rendreHtml } from '@cdv/rendering-rapport';
import { httpRequestContext, TOKEN_VERIFIER, type ApiRequest } from '@cdv/tenancy';
import { LectureRapport, type DemandeRapport } from '../lecture/lecture-rapport.service';
import { LECTEURS_RAPPORT } from '../shared/acces';

type Requete = IncomingMessage & ApiRequest;

export const FORMATS_RAPPORT = {
  docx: { typeMedia: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', rendre: rendreDocx },
  html: { typeMedia: 'text/html; charset=utf-8', rendre: async (document: DocumentRapport) => Buffer.from(rendreHtml(document), 'utf8') },
} as const;
export type FormatRapport = keyof typeof FORMATS_RAPPORT;

/** What a download asks for, from the URL's path and query: refused with the field named when malformed. */
export function demandeDeTelechargement(annee: string, format: string, query: Record<string, unknown>): DemandeRapport & { format: FormatRapport } {
  if (!Object.prototype.hasOwnProperty.call(FORMATS_RAPPORT, format)) {
    throw new ApiError('NOT_FOUND', `no rapport format "${String(format).slice(0, 20)}": docx or html`, { what: 'Format', id: String(format).slice(0, 20) });
  }
  if (!/^\d{4}$/.test(annee)) throw new ApiError('VALIDATION_FAILED', 'annee must be a year (four digits)', { field: 'annee' });
  const { version, asOf } = query;
  if (version !== undefined && (typeof version !== 'string' || !/^\d{1,6}$/.test(version) || Number(version) < 1)) {
    throw new ApiError('VALIDATION_FAILED', 'version must be the number of a version arrêtée (1, 2…)', { field: 'version' });
  }
  const instant = asOf === undefined ? null : parseInstant(asOf);
  if (asOf !== undefined && instant === null) {
    throw new ApiError('VALIDATION_FAILED', 'asOf must be an ISO 8601 instant (2020-09-29T12:00:00Z)', { field: 'asOf' });
  }
  return {
    annee: Number(annee),
    format: format as FormatRapport,
    ...(version !== undefined ? { version: Number(version) } : {}),
    ...(instant !== null ? { asOf: instant } : {}),
  };
}

/** The file name: the workspace, the year and what the document is (a version, or the projet of an instant). */
export function nomDuFichier(tenantId: string, document: DocumentRapport, format: FormatRapport): string {
  const quoi =
    document.etat.version !== null
      ? `v${document.etat.version}`
      : `projet-${(document.rapport.etabliAu.asOf ?? 'position-' + document.rapport.etabliAu.position).slice(0, 19).replace(/:/g, '-')}`;
  return `rapport-annuel-${tenantId}-${document.rapport.annee}-${quoi}.${format}`;
}

/**
 * The rapport annuel as a file (docs/api.md « Rapport annuel »): `GET /documents/rapports/{annee}/{docx|html}` with
 * `?version=N` (a version as arrêtée) or `?asOf=…` (the projet as of an instant; now when absent). The same token,
 * workspace and roles as the `rapportAnnuel` query; the bytes are a pure function of the document (ADR 0017), so
 * the ETag is their SHA-256 and a second download is identical.
 */
@Injectable()
export class TelechargementsRapport {
  constructor(
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
    private readonly lecture: LectureRapport,
    private readonly logger: JsonLogger,
  ) {}

  async telecharger(request: Requete, response: ServerResponse, annee: string, format: string, query: Record<string, unknown>): Promise<void> {
    try {
      const context = await httpRequestContext(this.verifier, request, LECTEURS_RAPPORT, 'downloading the rapport annuel');
      const demande = demandeDeTelechargement(annee, format, query);
      const { document } = await this.lecture.document(context.tenantId, demande);
      const { typeMedia, rendre } = FORMATS_RAPPORT[demande.format];
      const octets = await rendre(document);
      const nom = nomDuFichier(context.tenantId, document, demande.format);
      response.writeHead(200, {
        ...ENTETES_SURS,
        'content-type': typeMedia,
        'content-length': String(octets.length),
        'content-disposition': contentDisposition(nom),
        // The HTML is self-contained (inline styles and SVG, no script): nothing else may load or run.
        'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox",
        'cross-origin-resource-policy': 'same-origin',
        etag: `"${createHash('sha256').update(octets).digest('hex')}"`,
      });
      const trace = { tenant: context.tenantId, annee: demande.annee, format: demande.format, version: document.etat.version, sub: context.identity.sub };
      this.logger.event('info', 'rapport annuel downloaded', { ...trace, bytes: octets.length, correlationId: context.correlationId });
      await pipeline(Readable.from(decouper(octets)), response).catch((error: Error) =>
        this.logger.event('warn', 'rapport annuel download interrupted', { ...trace, error: error.message }),
      );
    } catch (error) {
      envoyerErreur(response, error, this.logger, request);
    }
  }
}

/** The file in 64 KiB chunks, so the response honours the socket's back-pressure. */
function* decouper(octets: Buffer, taille = 64 * 1024): Generator<Buffer> {
  for (let debut = 0; debut < octets.length; debut += taille) yield octets.subarray(debut, debut + taille);
}
