import { Inject } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { territoireDecider, territoireStream, type OuvrirTerritoire } from '@cdv/domain-territoire';
import type { CommandMetadata } from '@cdv/eventsourcing';
import { ApiError, CommandPayload } from '@cdv/graphql-common';
import { CommandGateway, PLATFORM_CONFIG, type PlatformConfig } from '@cdv/platform';
import { commandMetadataFor, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { communeARattacher, predecesseur } from '../territoire.inputs';
import { OuvrirTerritoireInput } from './ouvrir-territoire.input';

/** Use case: open the workspace's EPCI (admin). Maps the input to the domain command; the decider rules. */
@Resolver()
export class OuvrirTerritoireResolver {
  constructor(
    private readonly commands: CommandGateway,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Open the workspace for its EPCI: identity, communes, predecessors.' })
  @Permit('admin')
  ouvrirTerritoire(@Ctx() context: RequestContext, @Args('input') input: OuvrirTerritoireInput): Promise<CommandPayload> {
    if (context.tenantId === this.config.platformTenant)
      throw new ApiError(
        'FORBIDDEN',
        `the platform’s own workspace "${context.tenantId}" holds no territory: open a workspace for the EPCI (ouvrirEspaceDeTravail)`,
      );
    return this.commands.execute(
      {
        decider: territoireDecider,
        stream: territoireStream(context.tenantId),
        command: commandeOuvrirTerritoire(input, commandMetadataFor(context, input)),
        expectedRevision: input.expectedRevision,
      },
      context.tenantId,
    );
  }
}

export function commandeOuvrirTerritoire(input: OuvrirTerritoireInput, metadata: CommandMetadata): OuvrirTerritoire {
  return {
    type: 'OuvrirTerritoire',
    data: {
      siren: input.siren ?? null,
      nom: input.nom,
      nomUsuel: input.nomUsuel ?? null,
      acronyme: input.acronyme ?? null,
      nature: input.nature ?? null,
      departement: input.departement ?? null,
      region: input.region ?? null,
      communes: (input.communes ?? []).map(communeARattacher),
      predecesseurs: (input.predecesseurs ?? []).map(predecesseur),
    },
    metadata,
  };
}
