import { Module } from '@nestjs/common';
import { OuvrirTerritoireResolver } from './territoire/ouvrir-territoire/ouvrir-territoire.resolver';
import { TerritoireResolver } from './territoire/territoire.resolver';
import { TerritoireReadModelsModule } from './territoire-read-models.module';

/** The territoire context's GraphQL API: resolvers of its queries and mutations, over its read models. */
@Module({
  imports: [TerritoireReadModelsModule],
  providers: [TerritoireResolver, OuvrirTerritoireResolver],
})
export class TerritoireModule {}
