import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type AjouterSignataire, contratDecider, contratStream } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { signataire } from '../contrat.inputs';
import { AjouterSignataireCommand } from './ajouter-signataire.command';

/** Use case: add a signatory to a signed contract (admin; needs a reason). */
@CommandHandler(AjouterSignataireCommand)
export class AjouterSignataireHandler implements ICommandHandler<AjouterSignataireCommand> {
  constructor(private readonly decisions: Decisions) {}

  async execute({ context, input }: AjouterSignataireCommand): Promise<CommandPayload> {
    const contratId = idValide('contratId', input.contratId);
    const command: AjouterSignataire = {
      type: 'AjouterSignataire',
      data: { signataire: signataire(input.signataire), depuis: input.depuis ?? null },
      metadata: commandMetadataFor(context, input),
    };
    const decision = { decider: contratDecider, stream: contratStream(context.tenantId, contratId), command, expectedRevision: input.expectedRevision };
    return this.decisions.reponse(decision.stream, contratId, await this.decisions.decider(decision));
  }
}
