import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { problemeSlugTerritoire, territoireDecider, territoireStream } from '@cdv/domain-territoire';
import { ApiError, CommandPayload } from '@cdv/graphql-common';
import { Decisions, estOperateurPlateforme, PLATFORM_CONFIG, type PlatformConfig } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { commandeOuvrirTerritoire } from '../ouvrir-territoire/ouvrir-territoire.handler';
import { OuvrirEspaceDeTravailCommand } from './ouvrir-espace-de-travail.command';

/**
 * Use case: a platform operator (an admin of PLATFORM_TENANT, acting there) opens the workspace of a new EPCI: the
 * territory's first event, written in the new workspace under the operator's name. An EPCI's own admin cannot: its
 * token names its workspace, not the platform's (docs/adr/0030-platform-operators-open-workspaces.md).
 */
@CommandHandler(OuvrirEspaceDeTravailCommand)
export class OuvrirEspaceDeTravailHandler implements ICommandHandler<OuvrirEspaceDeTravailCommand> {
  constructor(
    private readonly decisions: Decisions,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  async execute({ context, input }: OuvrirEspaceDeTravailCommand): Promise<CommandPayload> {
    if (!estOperateurPlateforme(context, this.config))
      throw new ApiError(
        'FORBIDDEN',
        `only the platform’s operators open workspaces: admins of the workspace "${this.config.platformTenant}", signed in there`,
      );
    const espace = input.espace.trim();
    // the decider checks the slug too (field `tenant`): here it is said on the field the operator typed
    const probleme = problemeSlugTerritoire(espace);
    if (probleme) throw new ApiError('VALIDATION_FAILED', probleme, { field: 'espace' });
    if (espace === this.config.platformTenant) throw new ApiError('VALIDATION_FAILED', 'the platform’s own workspace holds no territory', { field: 'espace' });
    // The command belongs to the new workspace (its stream, its metadata); its author is the operator.
    const command = commandeOuvrirTerritoire(input, commandMetadataFor({ ...context, tenantId: espace }, input));
    const decision = { decider: territoireDecider, stream: territoireStream(espace), command, expectedRevision: input.expectedRevision };
    return this.decisions.reponse(decision.stream, espace, await this.decisions.decider(decision));
  }
}
