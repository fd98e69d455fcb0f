import { Module } from '@nestjs/common';
import { ExportRegistry } from './export-registry';
import { ExportsController } from './exports.controller';

/**
 * The export endpoint and its registry. Context modules import it and register their exports at init; Nest
 * keeps one instance of a module however many import it, so the embedded app has one registry with every export.
 */
@Module({
  controllers: [ExportsController],
  providers: [ExportRegistry],
  exports: [ExportRegistry],
})
export class ExportsModule {}
