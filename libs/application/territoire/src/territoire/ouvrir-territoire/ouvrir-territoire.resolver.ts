import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { territoireDecider, territoireStream, type OuvrirTerritoire } from '@cdv/domain-territoire';
import { CommandPayload } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { commandMetadataFor, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { communeARattacher, predecesseur } from '../territoire.inputs';
import { OuvrirTerritoireInput } from './ouvrir-territoire.input';

/** Use case: open the workspace's EPCI (admin). Maps the input to the domain command; the decider rules. */
@Resolver()
export class OuvrirTerritoireResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Open the workspace for its EPCI: identity, communes, predecessors.' })
  @Permit('admin')
  ouvrirTerritoire(@Ctx() context: RequestContext, @Args('input') input: OuvrirTerritoireInput): Promise<CommandPayload> {
    const command: OuvrirTerritoire = {
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
      metadata: commandMetadataFor(context, input),
    };
    return this.commands.execute(
      { decider: territoireDecider, stream: territoireStream(context.tenantId), command, expectedRevision: input.expectedRevision },
      context.tenantId,
    );
  }
}
