import { Inject } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { problemeSlugTerritoire, territoireDecider, territoireStream } from '@cdv/domain-territoire';
import { ApiError, CommandPayload } from '@cdv/graphql-common';
import { CommandGateway, estOperateurPlateforme, PLATFORM_CONFIG, type PlatformConfig } from '@cdv/platform';
import { commandMetadataFor, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { commandeOuvrirTerritoire } from '../ouvrir-territoire/ouvrir-territoire.resolver';
import { OuvrirEspaceDeTravailInput } from './ouvrir-espace-de-travail.input';

/**
 * Use case: a platform operator (an admin of PLATFORM_TENANT, acting there) opens the workspace of a new EPCI: the
 * territory's first event, written in the new workspace under the operator's name. An EPCI's own admin cannot: its
 * token names its workspace, not the platform's (docs/adr/0030-platform-operators-open-workspaces.md).
 */
@Resolver()
export class OuvrirEspaceDeTravailResolver {
  constructor(
    private readonly commands: CommandGateway,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description:
      'Open a new workspace for an EPCI (platform operators: admins of the platform’s workspace). Its people then get their memberships from the identity provider.',
  })
  @Permit('admin')
  ouvrirEspaceDeTravail(@Ctx() context: RequestContext, @Args('input') input: OuvrirEspaceDeTravailInput): Promise<CommandPayload> {
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
    const metadata = commandMetadataFor({ ...context, tenantId: espace }, input);
    return this.commands.execute(
      {
        decider: territoireDecider,
        stream: territoireStream(espace),
        command: commandeOuvrirTerritoire(input, metadata),
        expectedRevision: input.expectedRevision,
      },
      espace,
    );
  }
}
