import type { IncomingMessage, ServerResponse } from 'node:http';
import { Controller, Post, Query, Req, Res } from '@nestjs/common';
import type { ApiRequest } from '@cdv/tenancy';
import { ImportProgrammationHttp, type ParametresImport } from './import-programmation.http';

/** `POST /imports/programmation` (docs/api.md « Imports »): the route only; the service authenticates, reads and answers. */
@Controller('imports')
export class ImportProgrammationController {
  constructor(private readonly imports: ImportProgrammationHttp) {}

  @Post('programmation')
  importer(@Req() request: IncomingMessage & ApiRequest, @Res() response: ServerResponse, @Query() parametres: ParametresImport): Promise<void> {
    return this.imports.importer(request, response, parametres);
  }
}
