import type { Writable } from 'node:stream';
import { Controller, Get, Param, Res } from '@nestjs/common';
import { isTenantId } from '@cdv/eventsourcing';
import { reponseErreur } from '@cdv/exports';
import { ApiError } from '@cdv/graphql-common';
import { JsonLogger, ReadModelsService } from '@cdv/platform';
import { dossierListProjection } from '@cdv/projections-programmation';
import { partenairesProjection, type PartenaireDocument } from '@cdv/projections-territoire';
import { ecrireScdlCsv, preparerFichierScdl } from '../fichier-scdl';
import { cheminPublicScdl, PublicationOpenData } from './publication-open-data';

interface HttpResponse extends Writable {
  headersSent: boolean;
  status(code: number): HttpResponse;
  setHeader(name: string, value: string): void;
  json(body: unknown): void;
}

/** One answer for every file that is not published, so that nothing tells a workspace or an attribuant exists. */
const NON_PUBLIE = () => new ApiError('NOT_FOUND', 'no published file at this address', { what: 'Fichier' });

/**
 * The workspace's open data at stable public URLs, read-only and without a token (ADR « exports and SCDL »), for
 * data.gouv.fr to harvest: `GET /open-data/{workspace}/subventions` lists the published files,
 * `GET /open-data/{workspace}/subventions/{attribuant}/{annee}.csv` is one SCDL « subventions » file. Served only
 * for the attribuants an admin published (`definirPublicationOpenData`); 404 otherwise, and always for another
 * workspace's data: the workspace comes from the path and every read is scoped to it.
 */
@Controller('open-data')
export class OpenDataController {
  constructor(
    private readonly readModels: ReadModelsService,
    private readonly publication: PublicationOpenData,
    private readonly logger: JsonLogger,
  ) {}

  @Get(':tenant/subventions')
  async catalogue(@Param('tenant') tenant: string, @Res() response: HttpResponse): Promise<void> {
    try {
      if (!isTenantId(tenant)) throw NON_PUBLIE();
      const { active, attribuants } = await this.publication.lire(tenant);
      if (!active) throw NON_PUBLIE();
      const readModels = await this.readModels.at(tenant);
      const annees = (
        await readModels.readModel(dossierListProjection.name).aggregate<{ _id: number }>([{ $group: { _id: '$annee' } }, { $sort: { _id: 1 } }])
      ).map((groupe) => groupe._id);
      const fichiers = [];
      for (const id of attribuants) {
        const partenaire = await readModels.readModel<PartenaireDocument>(partenairesProjection.name).findOne({ _id: id });
        for (const annee of annees) fichiers.push({ attribuant: id, nom: partenaire?.nom ?? id, annee, url: cheminPublicScdl(tenant, id, annee) });
      }
      response.setHeader('cache-control', 'public, max-age=300');
      response.status(200).json({ schema: 'scdl/subventions 2.1.1', format: 'text/csv', fichiers });
    } catch (error) {
      this.refuser(response, error);
    }
  }

  @Get(':tenant/subventions/:attribuant/:fichier')
  async fichier(
    @Param('tenant') tenant: string,
    @Param('attribuant') attribuant: string,
    @Param('fichier') fichier: string,
    @Res() response: HttpResponse,
  ): Promise<void> {
    try {
      const annee = /^(\d{4})\.csv$/.exec(fichier)?.[1];
      if (!isTenantId(tenant) || !annee || Number(annee) < 2000 || Number(annee) > 2100 || !/^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/.test(attribuant))
        throw NON_PUBLIE();
      if (!(await this.publication.publie(tenant, attribuant))) throw NON_PUBLIE();
      const scdl = await preparerFichierScdl(await this.readModels.at(tenant), tenant, { annee: Number(annee), attribuant });
      response.status(200);
      response.setHeader('content-type', 'text/csv; charset=utf-8');
      response.setHeader('content-disposition', `inline; filename="scdl-subventions-${tenant}-${attribuant}-${annee}.csv"`);
      response.setHeader('cache-control', 'public, max-age=300');
      response.setHeader('x-content-type-options', 'nosniff');
      const lignes = await ecrireScdlCsv(scdl.lignes, response);
      this.logger.event('info', 'open data served', { tenant, attribuant, annee, rows: lignes, leftOut: scdl.problemes.length });
    } catch (error) {
      if (response.headersSent) {
        this.logger.event('error', 'open data file interrupted', { tenant, attribuant, error: (error as Error).message });
        response.destroy();
        return;
      }
      this.refuser(response, error);
    }
  }

  private refuser(response: HttpResponse, error: unknown): void {
    // the attribuant published may have been removed from the référentiel since: still nothing to serve
    const { status, body } = reponseErreur(error instanceof ApiError && error.extensions.code === 'NOT_FOUND' ? NON_PUBLIE() : error);
    if (status === 500) this.logger.event('error', 'open data failed', { error: (error as Error).message });
    response.status(status).json(body);
  }
}
