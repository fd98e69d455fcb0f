import type { IncomingMessage, ServerResponse } from 'node:http';
import { Controller, Post, Query, Req, Res } from '@nestjs/common';
import type { ApiRequest } from '@cdv/tenancy';
import { ImportQpvHttp, type ParametresImportQpv } from './import-qpv.http';

/** `POST /imports/qpv` (docs/api.md « Imports »): the route only; the service authenticates, reads and answers. */
@Controller('imports')
export class ImportQpvController {
  constructor(private readonly imports: ImportQpvHttp) {}

  @Post('qpv')
  importer(@Req() request: IncomingMessage & ApiRequest, @Res() response: ServerResponse, @Query() parametres: ParametresImportQpv): Promise<void> {
    return this.imports.importer(request, response, parametres);
  }
}
