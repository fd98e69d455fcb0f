import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { partenaireDecider, partenaireStream, type RenseignerIdentifiantsPartenaire } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { ReadModelsService, Decisions } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { verifierSiretLibre } from '../siret-libre';
import { RenseignerIdentifiantsPartenaireCommand } from './renseigner-identifiants-partenaire.command';

/** Use case: fill in an organisation's SIRET / SIREN / RNA (admin; replacing a known one needs a reason). */
@CommandHandler(RenseignerIdentifiantsPartenaireCommand)
export class RenseignerIdentifiantsPartenaireHandler implements ICommandHandler<RenseignerIdentifiantsPartenaireCommand> {
  constructor(
    private readonly decisions: Decisions,
    private readonly readModels: ReadModelsService,
  ) {}

  async execute({ context, input }: RenseignerIdentifiantsPartenaireCommand): Promise<CommandPayload> {
    const partenaireId = idValide('partenaireId', input.partenaireId);
    await verifierSiretLibre(this.readModels, context.tenantId, input.siret, partenaireId);
    // Left out means unchanged and null clears: the decider tells them apart.
    const command: RenseignerIdentifiantsPartenaire = {
      type: 'RenseignerIdentifiantsPartenaire',
      data: {
        ...(input.siret !== undefined ? { siret: input.siret } : {}),
        ...(input.siren !== undefined ? { siren: input.siren } : {}),
        ...(input.rna !== undefined ? { rna: input.rna } : {}),
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
