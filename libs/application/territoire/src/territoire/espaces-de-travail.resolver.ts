import { Inject } from '@nestjs/common';
import { Field, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import type { NatureEpci } from '@cdv/domain-territoire';
import { ApiError } from '@cdv/graphql-common';
import { estOperateurPlateforme, PLATFORM_CONFIG, ReadModelsService, type PlatformConfig } from '@cdv/platform';
import { territoireProjection, territoireQuery, type TerritoireDocument } from '@cdv/projections-territoire';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { territoireScope } from '../territoire.graphql-scope';
import { NatureEpciEnum } from './territoire.types';

@ObjectType({ ...territoireScope, description: 'A workspace of the platform and the EPCI it was opened for (platform operators).' })
export class EspaceDeTravail {
  @Field({ description: 'The workspace id (X-Tenant).' })
  id: string;

  @Field(() => String, { nullable: true })
  nom: string | null;

  @Field(() => String, { nullable: true })
  siren: string | null;

  @Field(() => NatureEpciEnum, { nullable: true })
  nature: NatureEpci | null;

  @Field(() => Int, { description: 'Communes attached to the territory.' })
  communes: number;

  @Field({ description: 'False while the workspace holds data but its territory was never opened.' })
  ouvert: boolean;
}

/** Use case: the platform operator's list of workspaces, each with its EPCI (from each workspace's territoire read model). */
@Resolver()
export class EspacesDeTravailResolver {
  constructor(
    private readonly readModels: ReadModelsService,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  @Query(() => [EspaceDeTravail], { description: 'Every workspace of the platform with its EPCI, by id (platform operators only).' })
  @Permit('admin')
  async espacesDeTravail(@Ctx() context: RequestContext): Promise<EspaceDeTravail[]> {
    if (!estOperateurPlateforme(context, this.config))
      throw new ApiError('FORBIDDEN', `only the platform’s operators list the workspaces: admins of the workspace "${this.config.platformTenant}"`);
    return listerEspacesDeTravail(this.readModels, this.config.platformTenant);
  }
}

/** Every workspace but the platform's own, by id, with its EPCI as its territoire read model says (the query and its export). */
export async function listerEspacesDeTravail(readModels: ReadModelsService, platformTenant: string): Promise<EspaceDeTravail[]> {
  const espaces: EspaceDeTravail[] = [];
  for (const tenant of (await readModels.tenants()).filter((id) => id !== platformTenant).sort()) {
    const document = await (await readModels.at(tenant)).readModel<TerritoireDocument>(territoireProjection.name).findOne(territoireQuery(tenant).filter);
    espaces.push({
      id: tenant,
      nom: document?.nom ?? null,
      siren: document?.siren ?? null,
      nature: document?.nature ?? null,
      communes: document?.communes.filter((commune) => commune.rattachee).length ?? 0,
      ouvert: document?.ouvert ?? false,
    });
  }
  return espaces;
}
