import type { IncomingMessage, ServerResponse } from 'node:http';
import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { ApiRequest } from '@cdv/tenancy';
import { TelechargementsRapport } from './telechargement-rapport.service';

/** The rapport annuel's downloads beside /graphql, under /documents like the pièces (the gateway streams them). */
@Controller('documents/rapports')
export class RapportDocumentsController {
  constructor(private readonly telechargements: TelechargementsRapport) {}

  @Get(':annee/:format')
  telecharger(
    @Req() request: IncomingMessage & ApiRequest,
    @Res() response: ServerResponse,
    @Param('annee') annee: string,
    @Param('format') format: string,
    @Query() query: Record<string, unknown>,
  ): Promise<void> {
    return this.telechargements.telecharger(request, response, annee, format, query);
  }
}
