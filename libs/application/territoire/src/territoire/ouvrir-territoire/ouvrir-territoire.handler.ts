import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { territoireDecider, territoireStream, type OuvrirTerritoire } from '@cdv/domain-territoire';
import type { CommandMetadata } from '@cdv/eventsourcing';
import { ApiError, CommandPayload } from '@cdv/graphql-common';
import { Decisions, PLATFORM_CONFIG, type PlatformConfig, type SansNull } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { communeARattacher, predecesseur } from '../territoire.inputs';
import { OuvrirTerritoireCommand } from './ouvrir-territoire.command';
import type { OuvrirTerritoireInput } from './ouvrir-territoire.input';

/** Use case: open the workspace's EPCI (admin). Maps the input to the domain command; the decider rules. */
@CommandHandler(OuvrirTerritoireCommand)
export class OuvrirTerritoireHandler implements ICommandHandler<OuvrirTerritoireCommand> {
  constructor(
    private readonly decisions: Decisions,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  async execute({ context, input }: OuvrirTerritoireCommand): Promise<CommandPayload> {
    if (context.tenantId === this.config.platformTenant)
      throw new ApiError(
        'FORBIDDEN',
        `the platform’s own workspace "${context.tenantId}" holds no territory: open a workspace for the EPCI (ouvrirEspaceDeTravail)`,
      );
    const command = commandeOuvrirTerritoire(input, commandMetadataFor(context, input));
    const decision = { decider: territoireDecider, stream: territoireStream(context.tenantId), command, expectedRevision: input.expectedRevision };
    return this.decisions.reponse(decision.stream, context.tenantId, await this.decisions.decider(decision));
  }
}

/** The domain command of an opening, shared with the platform operator's `ouvrirEspaceDeTravail`. */
export function commandeOuvrirTerritoire(input: SansNull<OuvrirTerritoireInput>, metadata: CommandMetadata): OuvrirTerritoire {
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
