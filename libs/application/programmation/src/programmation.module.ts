import { Module } from '@nestjs/common';
import { ProgrammationReadModelsModule } from './programmation-read-models.module';

/** The programmation context's GraphQL API: resolvers of its queries and mutations, over its read models. */
@Module({
  imports: [ProgrammationReadModelsModule],
  providers: [],
})
export class ProgrammationModule {}
