import type { IncomingMessage, ServerResponse } from 'node:http';
import { Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { ApiRequest } from '@cdv/tenancy';
import { Telechargements } from './telechargement.service';
import { Televersements } from './televersement.service';

type Requete = IncomingMessage & ApiRequest;

/**
 * The document endpoints beside /graphql (docs/api.md « Documents »). Routes only: the services authenticate
 * (token and X-Tenant, like GraphQL), decide and stream, and answer errors in the GraphQL error shape.
 */
@Controller('documents')
export class DocumentsController {
  constructor(
    private readonly televersements: Televersements,
    private readonly telechargements: Telechargements,
  ) {}

  @Post('dossiers/:dossierId/fichiers')
  televerserPourDossier(@Req() request: Requete, @Res() response: ServerResponse, @Param('dossierId') dossierId: string): Promise<void> {
    return this.televersements.televerser(request, response, { type: 'dossier', id: dossierId });
  }

  @Post('conventions/:conventionId/fichiers')
  televerserPourConvention(@Req() request: Requete, @Res() response: ServerResponse, @Param('conventionId') conventionId: string): Promise<void> {
    return this.televersements.televerser(request, response, { type: 'convention', id: conventionId });
  }

  @Get('dossiers/:dossierId/pieces/:pieceId')
  telechargerDeDossier(
    @Req() request: Requete,
    @Res() response: ServerResponse,
    @Param('dossierId') dossierId: string,
    @Param('pieceId') pieceId: string,
    @Query('version') version?: unknown,
  ): Promise<void> {
    return this.telechargements.parIdentifiant(request, response, { type: 'dossier', id: dossierId }, pieceId, version);
  }

  @Get('conventions/:conventionId/pieces/:pieceId')
  telechargerDeConvention(
    @Req() request: Requete,
    @Res() response: ServerResponse,
    @Param('conventionId') conventionId: string,
    @Param('pieceId') pieceId: string,
    @Query('version') version?: unknown,
  ): Promise<void> {
    return this.telechargements.parIdentifiant(request, response, { type: 'convention', id: conventionId }, pieceId, version);
  }

  @Get('liens/:jeton')
  telechargerParLien(@Req() request: Requete, @Res() response: ServerResponse, @Param('jeton') jeton: string): Promise<void> {
    return this.telechargements.parLien(request, response, jeton);
  }
}
