import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type EnregistrerPartenaire, partenaireDecider, partenaireStream } from '@cdv/domain-territoire';
import { CommandPayload, nouvelId } from '@cdv/graphql-common';
import { ReadModelsService, Decisions } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { communeRef } from '../../shared/inputs';
import { verifierSiretLibre } from '../siret-libre';
import { EnregistrerPartenaireCommand } from './enregistrer-partenaire.command';

/** Use case: register an organisation: financeur, porteur, signataire (admin); a porteur only (agent, the decider says so). */
@CommandHandler(EnregistrerPartenaireCommand)
export class EnregistrerPartenaireHandler implements ICommandHandler<EnregistrerPartenaireCommand> {
  constructor(
    private readonly decisions: Decisions,
    private readonly readModels: ReadModelsService,
  ) {}

  async execute({ context, input }: EnregistrerPartenaireCommand): Promise<CommandPayload> {
    const partenaireId = nouvelId('partenaireId', 'partenaire', context.tenantId, input.partenaireId, input.commandId);
    await verifierSiretLibre(this.readModels, context.tenantId, input.siret, partenaireId);
    const command: EnregistrerPartenaire = {
      type: 'EnregistrerPartenaire',
      data: {
        partenaireId,
        nature: input.nature,
        nom: input.nom,
        alias: input.alias ?? [],
        siret: input.siret ?? null,
        siren: input.siren ?? null,
        rna: input.rna ?? null,
        roles: input.roles ?? [],
        categorieFinanceur: input.categorieFinanceur ?? null,
        communes: (input.communes ?? []).map(communeRef),
        associationPorteuseId: input.associationPorteuseId ?? null,
      },
      metadata: commandMetadataFor(context, input),
    };
    const decision = {
      decider: partenaireDecider,
      stream: partenaireStream(context.tenantId, partenaireId),
      command,
      expectedRevision: input.expectedRevision,
    };
    return this.decisions.reponse(decision.stream, partenaireId, await this.decisions.decider(decision));
  }
}
