import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { territoireDecider, territoireStream, type OuvrirTerritoire } from '@cdv/domain-territoire';
import { CommandPayload } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { communeARattacher, predecesseur } from '../territoire.inputs';
import { OuvrirTerritoireCommand } from './ouvrir-territoire.command';

/** Use case: open the workspace's EPCI (admin). Maps the input to the domain command; the decider rules. */
@CommandHandler(OuvrirTerritoireCommand)
export class OuvrirTerritoireHandler implements ICommandHandler<OuvrirTerritoireCommand> {
  constructor(private readonly decisions: Decisions) {}

  async execute({ context, input }: OuvrirTerritoireCommand): Promise<CommandPayload> {
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
    const decision = { decider: territoireDecider, stream: territoireStream(context.tenantId), command, expectedRevision: input.expectedRevision };
    return this.decisions.reponse(decision.stream, context.tenantId, await this.decisions.decider(decision));
  }
}
